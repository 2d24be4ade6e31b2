package ru.mumo.telegram.internal.membership;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * {@code /appoint}: the chair (or the deputy standing in) picks a member, then the role (deputy where the regulation
 * has one, secretary, member).
 */
@Component
class AppointCommand implements Command {

    private final MembershipService membership;

    AppointCommand(MembershipService membership) {
        this.membership = membership;
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
        List<Button> candidates = membership.members(request.caller().membership().getAssociation().getId()).stream()
                .filter(m -> m.getRole() != Role.CHAIR && m.getRole() != Role.GUEST)
                .filter(m -> !m.getId().equals(request.caller().membership().getId()))
                .map(m -> Button.callback(m.getRole() == Role.MEMBER ? m.getPerson().getFullName()
                                : m.getPerson().getFullName() + " (" + request.text("role." + m.getRole().name()) + ")",
                        ButtonHandler.data(AppointButtons.PREFIX, "m", m.getId())))
                .toList();
        if (candidates.isEmpty()) {
            request.reply("appoint.nobody");
            return;
        }
        request.send(request.text("appoint.pick.member"), Keyboard.column(candidates));
    }
}
