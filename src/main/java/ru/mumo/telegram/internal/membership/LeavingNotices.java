package ru.mumo.telegram.internal.membership;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.membership.MemberLeft;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Officials;
import ru.mumo.membership.PersonService;
import ru.mumo.membership.Role;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.CommandMenus;
import ru.mumo.telegram.internal.outbox.Outbox;

/**
 * Tells the chair that a member left or withdrew consent, a removed member that the chair removed them, and the
 * officials responsible for the association that it lost its chair; resets the menus of whoever lost a role. Runs
 * in the transaction that ended the membership.
 */
@Component
class LeavingNotices {

    private final MembershipService membership;
    private final PersonService people;
    private final CommandMenus menus;
    private final Outbox outbox;
    private final Messages messages;
    private final Officials officials;

    LeavingNotices(MembershipService membership, PersonService people, CommandMenus menus, Outbox outbox,
            Messages messages, Officials officials) {
        this.officials = officials;
        this.membership = membership;
        this.people = people;
        this.menus = menus;
        this.outbox = outbox;
        this.messages = messages;
    }

    @EventListener
    void on(MemberLeft event) {
        Membership ended = membership.anyMembership(event.membershipId()).orElseThrow();
        var person = ended.getPerson();
        var association = ended.getAssociation();
        long count = membership.members(association.getId()).stream().filter(m -> m.getRole().countsAsMember()).count();
        if (person.getTelegramUserId() != null) {
            menus.refresh(person);
        }
        if (event.role() == Role.CHAIR) {
            for (long official : officials.responsibleFor(association)) {
                var language = people.findPerson(official).map(p -> p.getLanguage()).orElse(Language.RU);
                outbox.send(official, messages.text(language, "chair.left.official." + event.why().name(),
                        "name", person.getFullName(), "association", association.getName()), null);
            }
        }
        if (event.why() == MemberLeft.Why.REMOVED) {
            outbox.send(person.getTelegramUserId(), messages.text(person.getLanguage(), "remove.notice",
                    "association", association.getName()), null);
            return;
        }
        String key = event.why() == MemberLeft.Why.LEFT ? "leave.notice.chair" : "erased.notice.chair";
        membership.members(association.getId()).stream()
                .filter(m -> m.getRole() == Role.CHAIR)
                .forEach(chair -> outbox.send(chair.getPerson().getTelegramUserId(),
                        messages.text(chair.getPerson().getLanguage(), key,
                                "name", person.getFullName(),
                                "role", messages.text(chair.getPerson().getLanguage(), "role." + event.role().name()),
                                "association", association.getName(),
                                "count", count),
                        null));
    }
}
