package ru.mumo.telegram.internal.membership;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /links}: the association's member and guest links that still work, each with a button to revoke it. */
@Component
class LinksCommand implements Command {

    private final LinksBoard board;

    LinksCommand(LinksBoard board) {
        this.board = board;
    }

    @Override
    public String name() {
        return "links";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void execute(Request request) {
        request.send(board.text(request), board.keyboard(request));
    }
}
