package ru.mumo.telegram.internal.membership;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.membership.CompositionService;
import ru.mumo.membership.DeputyDecided;
import ru.mumo.membership.DeputyProposal;
import ru.mumo.membership.DeputyProposed;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;
import ru.mumo.telegram.internal.outbox.Outbox;

/**
 * Brings the chair's proposal of a deputy to the association's officials, who appoint the deputy (T 2.1), and tells
 * the chair what they decided. The member appointed hears it with every new role.
 */
@Component
class DeputyNotices {

    private final CompositionService composition;
    private final MembershipService membership;
    private final OfficialsChats officials;
    private final RegulationTexts regulations;
    private final Outbox outbox;

    DeputyNotices(CompositionService composition, MembershipService membership, OfficialsChats officials,
            RegulationTexts regulations, Outbox outbox) {
        this.composition = composition;
        this.membership = membership;
        this.officials = officials;
        this.regulations = regulations;
        this.outbox = outbox;
    }

    @EventListener
    void on(DeputyProposed event) {
        DeputyProposal proposal = composition.proposal(event.proposalId()).orElseThrow();
        var candidate = proposal.getMembership();
        var association = candidate.getAssociation();
        String chair = membership.members(association.getId()).stream().filter(m -> m.getRole() == Role.CHAIR)
                .map(m -> m.getPerson().getFullName()).findFirst().orElse("—");
        officials.of(association).forEach((chat, language) -> outbox.send(chat,
                regulations.text(language, association, "deputy.proposal", "association", association.getName(),
                        "chair", chair, "name", candidate.getPerson().getFullName(),
                        "clause", regulations.of(association).clause("deputy").orElse("")),
                Keyboard.of(Button.callback(regulations.text(language, association, "deputy.button.confirm"),
                                ButtonHandler.data(DeputyButtons.PREFIX, proposal.getId(), "y")),
                        Button.callback(regulations.text(language, association, "deputy.button.decline"),
                                ButtonHandler.data(DeputyButtons.PREFIX, proposal.getId(), "n")))));
    }

    @EventListener
    void on(DeputyDecided event) {
        DeputyProposal proposal = composition.proposal(event.proposalId()).orElseThrow();
        var candidate = proposal.getMembership();
        var association = candidate.getAssociation();
        membership.members(association.getId()).stream().filter(m -> m.getRole() == Role.CHAIR)
                .forEach(chair -> outbox.send(chair.getPerson().getTelegramUserId(),
                        regulations.text(chair.getPerson().getLanguage(), association,
                                event.confirmed() ? "deputy.confirmed.notice" : "deputy.declined.notice",
                                "name", candidate.getPerson().getFullName(), "association", association.getName()),
                        null));
    }
}
