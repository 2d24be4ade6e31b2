package ru.mumo.telegram.internal.commands;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /members}: the association's members with their roles, then its guests. */
@Component
class MembersCommand implements Command {

    private final MembershipService membership;

    MembersCommand(MembershipService membership) {
        this.membership = membership;
    }

    @Override
    public String name() {
        return "members";
    }

    @Override
    public Access access() {
        return Access.MEMBER;
    }

    @Override
    public void execute(Request request) {
        var association = request.caller().membership().getAssociation();
        List<Membership> all = membership.members(association.getId());
        List<Membership> members = all.stream().filter(m -> m.getRole().countsAsMember()).toList();
        List<Membership> guests = all.stream().filter(m -> m.getRole() == Role.GUEST).toList();
        StringBuilder text = new StringBuilder(request.text("members.header",
                "association", association.getName(), "count", members.size()));
        int n = 1;
        for (Membership m : members) {
            text.append('\n').append(n++).append(". ").append(line(request, m));
        }
        if (!guests.isEmpty()) {
            text.append("\n\n").append(request.text("members.guests", "count", guests.size()));
            for (Membership g : guests) {
                text.append("\n• ").append(g.getPerson().getFullName());
            }
        }
        request.send(text.toString(), null);
    }

    private static String line(Request request, Membership m) {
        String name = m.getPerson().getFullName();
        return m.getRole() == Role.MEMBER ? name : name + " — " + request.text("role." + m.getRole().name());
    }
}
