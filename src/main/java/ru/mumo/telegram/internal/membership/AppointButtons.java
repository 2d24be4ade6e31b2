package ru.mumo.telegram.internal.membership;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipException;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * The buttons of /appoint: {@code appoint:m:<membership>} picks the member, {@code appoint:r:<membership>:<role>}
 * gives the role, {@code appoint:x} closes the list. The membership must be in the chair's own association.
 */
@Component
public class AppointButtons implements ButtonHandler {

    public static final String PREFIX = "appoint";

    private final MembershipService membership;

    AppointButtons(MembershipService membership) {
        this.membership = membership;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.CHAIR;
    }

    @Override
    public void press(Request request, ButtonData data) {
        Membership chair = request.caller().membership();
        if (data.is(0, "x")) {
            request.editOrigin(request.text("appoint.closed"), null);
            return;
        }
        Membership target = data.size() >= 2 ? target(data.id(1), chair) : null;
        if (target == null) {
            request.alert("refused.not.a.member");
        } else if (data.is(0, "m")) {
            List<Button> roles = new ArrayList<>();
            for (Role role : MembershipService.APPOINTABLE) {
                if (role != target.getRole()) {
                    roles.add(Button.callback(request.text("role." + role.name()),
                            ButtonHandler.data(PREFIX, "r", target.getId(), role.name())));
                }
            }
            roles.add(Button.callback(request.text("button.cancel"), ButtonHandler.data(PREFIX, "x")));
            request.editOrigin(request.text("appoint.pick.role", "name", target.getPerson().getFullName(),
                    "role", request.text("role." + target.getRole().name())), Keyboard.column(roles));
        } else if (data.is(0, "r") && data.size() == 3) {
            Role role = MembershipService.APPOINTABLE.stream().filter(r -> data.is(2, r.name())).findFirst()
                    .orElseThrow(() -> new MembershipException(MembershipException.Reason.ROLE_NOT_ASSIGNABLE));
            membership.appoint(chair, target.getId(), role);
            request.editOrigin(request.text("appoint.done", "name", target.getPerson().getFullName(),
                    "role", request.text("role." + role.name())), null);
            request.answer("appoint.done.short");
        } else {
            request.answer("button.inactive");
        }
    }

    private Membership target(long id, Membership chair) {
        return membership.membership(id)
                .filter(m -> m.getAssociation().getId().equals(chair.getAssociation().getId()))
                .orElse(null);
    }
}
