package ru.mumo.telegram.internal.membership;

import org.springframework.stereotype.Component;

import ru.mumo.membership.InviteService;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;

/** {@code links:<invite>} under /links: revokes that link; the list is shown again without it. */
@Component
class LinksButtons implements ButtonHandler {

    static final String PREFIX = "links";

    private final InviteService invites;
    private final LinksBoard board;

    LinksButtons(InviteService invites, LinksBoard board) {
        this.invites = invites;
        this.board = board;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void press(Request request, ButtonData data) {
        boolean revoked = invites.revoke(request.caller().membership(), data.id(0));
        request.answer(revoked ? "links.revoked" : "links.already");
        request.editOrigin(board.text(request), board.keyboard(request));
    }
}
