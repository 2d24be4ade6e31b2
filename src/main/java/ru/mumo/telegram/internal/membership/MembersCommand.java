package ru.mumo.telegram.internal.membership;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.databank.MemberCardButtons;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * {@code /members}: the association's members with their roles, then its guests; for the chair and the secretary
 * with a button per person that opens their data bank card.
 */
@Component
class MembersCommand implements Command {

    static final int CARDS_PER_MESSAGE = 50;

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
        if (!request.caller().membership().getRole().keepsDataBank()) {
            request.send(text.toString(), null);
            return;
        }
        // Telegram refuses keyboards of much more than a hundred buttons: a big association gets several.
        for (int from = 0; from < all.size(); from += CARDS_PER_MESSAGE) {
            List<Membership> page = all.subList(from, Math.min(all.size(), from + CARDS_PER_MESSAGE));
            request.send(from == 0 ? text.toString() : request.text("members.cards.more"), cardButtons(request, page));
        }
    }

    /** The chair and the secretary open a member's data bank card from the list. */
    private static Keyboard cardButtons(Request request, List<Membership> page) {
        return Keyboard.column(page.stream()
                .map(m -> Button.callback(request.text("members.card", "name", m.getPerson().getFullName()),
                        ButtonHandler.data(MemberCardButtons.PREFIX, m.getId())))
                .toList());
    }

    private static String line(Request request, Membership m) {
        String name = m.getPerson().getFullName();
        return m.getRole() == Role.MEMBER ? name : name + " — " + request.text("role." + m.getRole().name());
    }
}
