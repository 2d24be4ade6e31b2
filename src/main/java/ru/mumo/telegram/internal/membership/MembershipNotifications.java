package ru.mumo.telegram.internal.membership;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.membership.MemberJoined;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;
import ru.mumo.membership.RoleChanged;
import ru.mumo.shared.Messages;
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
    private final Outbox outbox;
    private final Messages messages;

    MembershipNotifications(MembershipService membership, CommandMenus menus, Outbox outbox, Messages messages) {
        this.membership = membership;
        this.menus = menus;
        this.outbox = outbox;
        this.messages = messages;
    }

    @EventListener
    void on(MemberJoined event) {
        Membership joined = membership.membership(event.membershipId()).orElseThrow();
        menus.refresh(joined.getPerson());
        membership.members(event.associationId()).stream()
                .filter(m -> m.getRole() == Role.CHAIR && !m.getId().equals(joined.getId()))
                .forEach(chair -> outbox.send(chair.getPerson().getTelegramUserId(),
                        messages.text(chair.getPerson().getLanguage(), "joined.notice.chair",
                                "name", joined.getPerson().getFullName(),
                                "role", messages.text(chair.getPerson().getLanguage(), "role." + event.role().name()),
                                "count", membership.members(event.associationId()).stream()
                                        .filter(m -> m.getRole().countsAsMember()).count()),
                        null));
    }

    @EventListener
    void on(RoleChanged event) {
        Membership changed = membership.membership(event.membershipId()).orElseThrow();
        menus.refresh(changed.getPerson());
        if (event.newRole() != Role.MEMBER || event.oldRole() != Role.CHAIR) {
            outbox.send(changed.getPerson().getTelegramUserId(),
                    messages.text(changed.getPerson().getLanguage(), "appoint.notice",
                            "role", messages.text(changed.getPerson().getLanguage(), "role." + event.newRole().name()),
                            "association", changed.getAssociation().getName()),
                    null);
        }
    }
}
