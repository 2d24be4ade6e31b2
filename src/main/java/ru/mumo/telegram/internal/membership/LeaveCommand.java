package ru.mumo.telegram.internal.membership;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/** {@code /leave}: the member leaves the association they act in, after confirming. */
@Component
class LeaveCommand implements Command {

    @Override
    public String name() {
        return "leave";
    }

    @Override
    public Access access() {
        return Access.MEMBER;
    }

    @Override
    public void execute(Request request) {
        var current = request.caller().membership();
        request.send(request.text("leave.confirm", "association", current.getAssociation().getName()),
                Keyboard.column(List.of(
                        Button.callback(request.text("leave.yes"), ButtonHandler.data(LeaveButtons.PREFIX, "yes", current.getId())),
                        Button.callback(request.text("leave.no"), ButtonHandler.data(LeaveButtons.PREFIX, "no")))));
    }
}
