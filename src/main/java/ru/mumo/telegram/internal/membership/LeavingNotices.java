package ru.mumo.telegram.internal.membership;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.membership.MemberLeft;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;
import ru.mumo.shared.Language;
import ru.mumo.telegram.internal.CommandMenus;
import ru.mumo.telegram.internal.outbox.Outbox;

/**
 * Tells the chair that a member left or withdrew consent, a removed member that the chair removed them, and the
 * association's officials that it lost its chair (and whether a deputy stands in); resets the menus of whoever lost
 * a role. Runs in the transaction that ended the membership.
 */
@Component
class LeavingNotices {

    private final MembershipService membership;
    private final OfficialsChats officials;
    private final CommandMenus menus;
    private final RegulationTexts regulations;
    private final Outbox outbox;

    LeavingNotices(MembershipService membership, OfficialsChats officials, CommandMenus menus,
            RegulationTexts regulations, Outbox outbox) {
        this.membership = membership;
        this.officials = officials;
        this.menus = menus;
        this.regulations = regulations;
        this.outbox = outbox;
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
            // The deputy now stands in (T 2.5): their menu gains the chair's commands.
            membership.members(association.getId()).stream().filter(m -> m.getRole() == Role.DEPUTY)
                    .forEach(m -> menus.refresh(m.getPerson()));
            String deputy = regulations.of(association).hasDeputy() ? membership.members(association.getId()).stream()
                    .filter(m -> m.getRole() == Role.DEPUTY).map(m -> m.getPerson().getFullName()).findFirst()
                    .orElse("") : "";
            officials.of(association).forEach((chat, language) -> outbox.send(chat, regulations.text(language,
                    association, "chair.left.official." + event.why().name(), "name", person.getFullName(),
                    "association", association.getName(), "hasDeputy", deputy.isEmpty() ? "no" : "yes",
                    "deputy", deputy, "clause", regulations.of(association).clause("stand-in").orElse("")), null));
        }
        if (event.why() == MemberLeft.Why.REMOVED) {
            outbox.send(person.getTelegramUserId(), regulations.text(person.getLanguage(), association,
                    "remove.notice", "association", association.getName()), null);
            return;
        }
        String key = event.why() == MemberLeft.Why.LEFT ? "leave.notice.chair" : "erased.notice.chair";
        membership.members(association.getId()).stream()
                .filter(m -> m.getRole() == Role.CHAIR)
                .forEach(chair -> {
                    Language language = chair.getPerson().getLanguage();
                    outbox.send(chair.getPerson().getTelegramUserId(), regulations.text(language, association, key,
                            "name", person.getFullName(), "role", regulations.role(language, event.role(), association),
                            "association", association.getName(), "count", count), null);
                });
    }
}
