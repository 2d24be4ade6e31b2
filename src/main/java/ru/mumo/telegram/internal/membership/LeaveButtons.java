package ru.mumo.telegram.internal.membership;

import org.springframework.stereotype.Component;

import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;

/**
 * The confirmation of /leave: {@code leave:yes:<membership>} ends the caller's own membership named in the
 * button (not whichever is current when pressed), {@code leave:no} keeps it.
 */
@Component
public class LeaveButtons implements ButtonHandler {

    public static final String PREFIX = "leave";

    private final MembershipService membership;

    LeaveButtons(MembershipService membership) {
        this.membership = membership;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.MEMBER;
    }

    @Override
    public void press(Request request, ButtonData data) {
        if (!data.is(0, "yes") || data.size() != 2) {
            request.editOrigin(request.text("leave.kept"), null);
            return;
        }
        long id = data.id(1);
        Membership own = request.caller().memberships().stream()
                .filter(m -> m.getId() == id)
                .findFirst().orElse(null);
        if (own == null) {
            request.answer("button.inactive");
            return;
        }
        membership.leave(own);
        request.editOrigin(request.text("leave.done", "association", own.getAssociation().getName()), null);
        request.answer("leave.done.short");
    }
}
