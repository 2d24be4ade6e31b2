package ru.mumo.telegram.internal.membership;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.membership.ChairReplaced;
import ru.mumo.membership.MemberJoined;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;
import ru.mumo.membership.RoleChanged;
import ru.mumo.shared.Language;
import ru.mumo.telegram.internal.CommandMenus;
import ru.mumo.telegram.internal.outbox.Outbox;

/**
 * Tells people about membership changes. Listens synchronously, inside the transaction that made the change,
 * so the notice is in the outbox exactly when the change is committed.
 */
@Component
class MembershipNotifications {

    private final MembershipService membership;
    private final CommandMenus menus;
    private final RegulationTexts regulations;
    private final Outbox outbox;

    MembershipNotifications(MembershipService membership, CommandMenus menus, RegulationTexts regulations,
            Outbox outbox) {
        this.membership = membership;
        this.menus = menus;
        this.regulations = regulations;
        this.outbox = outbox;
    }

    @EventListener
    void on(MemberJoined event) {
        Membership joined = membership.membership(event.membershipId()).orElseThrow();
        menus.refresh(joined.getPerson());
        if (event.role() == Role.CHAIR) {
            // A deputy who stood in for an empty seat (T 2.5) goes back to a deputy's commands.
            membership.members(event.associationId()).stream().filter(m -> m.getRole() == Role.DEPUTY)
                    .forEach(m -> menus.refresh(m.getPerson()));
        }
        long count = membership.members(event.associationId()).stream().filter(m -> m.getRole().countsAsMember())
                .count();
        membership.members(event.associationId()).stream()
                .filter(m -> m.getRole() == Role.CHAIR && !m.getId().equals(joined.getId()))
                .forEach(chair -> {
                    Language language = chair.getPerson().getLanguage();
                    outbox.send(chair.getPerson().getTelegramUserId(), regulations.text(language,
                            joined.getAssociation(), "joined.notice.chair", "name", joined.getPerson().getFullName(),
                            "role", regulations.role(language, event.role(), joined.getAssociation()),
                            "count", count), null);
                });
    }

    @EventListener
    void on(RoleChanged event) {
        Membership changed = membership.membership(event.membershipId()).orElseThrow();
        menus.refresh(changed.getPerson());
        if (event.newRole() != Role.MEMBER || event.oldRole() != Role.CHAIR) {
            Language language = changed.getPerson().getLanguage();
            outbox.send(changed.getPerson().getTelegramUserId(), regulations.text(language,
                    changed.getAssociation(), "appoint.notice",
                    "role", regulations.role(language, event.newRole(), changed.getAssociation()),
                    "association", changed.getAssociation().getName()), null);
        }
    }

    /** The chair replaced by the department's new appointee stays on as a member, and is told so. */
    @EventListener
    void on(ChairReplaced event) {
        Membership outgoing = membership.membership(event.outgoingMembershipId()).orElseThrow();
        Membership incoming = membership.membership(event.incomingMembershipId()).orElseThrow();
        Language language = outgoing.getPerson().getLanguage();
        outbox.send(outgoing.getPerson().getTelegramUserId(), regulations.text(language, outgoing.getAssociation(),
                "chair.replaced.notice", "association", outgoing.getAssociation().getName(),
                "name", incoming.getPerson().getFullName()), null);
    }
}
