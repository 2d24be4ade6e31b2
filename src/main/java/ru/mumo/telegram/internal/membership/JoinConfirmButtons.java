package ru.mumo.telegram.internal.membership;

import org.springframework.stereotype.Component;

import ru.mumo.membership.InviteService;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;

/**
 * {@code joinc:<code>} under the question a known person gets on opening an invite: joins (or asks to join) the
 * association; {@code joinc:x} leaves it be. The invite is checked again at the press: a second press, or a link
 * revoked meanwhile, is refused with its reason.
 */
@Component
class JoinConfirmButtons implements ButtonHandler {

    static final String PREFIX = "joinc";

    private final InviteService invites;
    private final RegistrationDialog registration;

    JoinConfirmButtons(InviteService invites, RegistrationDialog registration) {
        this.invites = invites;
        this.registration = registration;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.REGISTERED;
    }

    @Override
    public void press(Request request, ButtonData data) {
        if (data.is(0, "x")) {
            request.editOrigin(request.text("join.kept"), null);
            return;
        }
        var admission = invites.join(data.word(0), request.chatId(), null, null, request.language());
        request.editOrigin(request.text("join.done"), null);
        registration.admitted(request, admission);
    }
}
