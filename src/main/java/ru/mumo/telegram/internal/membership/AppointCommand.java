package ru.mumo.telegram.internal.membership;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/**
 * {@code /appoint}: the chair (or the deputy standing in) picks a member, a page at a time, then the role (deputy
 * where the regulation has one, secretary, member).
 */
@Component
class AppointCommand implements Command {

    private final AppointButtons buttons;

    AppointCommand(AppointButtons buttons) {
        this.buttons = buttons;
    }

    @Override
    public String name() {
        return "appoint";
    }

    @Override
    public Access access() {
        return Access.CHAIR;
    }

    @Override
    public void execute(Request request) {
        buttons.pickMember(request, 0, false);
    }
}
