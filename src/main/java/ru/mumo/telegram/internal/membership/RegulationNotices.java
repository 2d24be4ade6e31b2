package ru.mumo.telegram.internal.membership;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.membership.Association;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.RegulationChanged;
import ru.mumo.shared.Language;
import ru.mumo.telegram.internal.outbox.Outbox;

/**
 * Asks the official once to confirm the default regulation an older association was given, and tells the officers
 * of an association when an official sets another regulation for it. In the transaction that made the change.
 */
@Component
class RegulationNotices {

    private final AssociationService associations;
    private final MembershipService membership;
    private final OfficialsChats officials;
    private final RegulationTexts regulations;
    private final Outbox outbox;

    RegulationNotices(AssociationService associations, MembershipService membership, OfficialsChats officials,
            RegulationTexts regulations, Outbox outbox) {
        this.associations = associations;
        this.membership = membership;
        this.officials = officials;
        this.regulations = regulations;
        this.outbox = outbox;
    }

    @EventListener
    void on(RegulationChanged event) {
        Association association = associations.association(event.associationId()).orElseThrow();
        if (event.assumed()) {
            officials.of(association).forEach((chat, language) -> outbox.send(chat,
                    regulations.text(language, association, "regulation.assumed", "association", association.getName(),
                            "regulation", regulations.name(language, regulations.of(association))),
                    RegulationButtons.choice(regulations, language, association)));
            return;
        }
        for (Membership officer : membership.members(association.getId())) {
            if (officer.getRole().isOfficer()) {
                Language language = officer.getPerson().getLanguage();
                outbox.send(officer.getPerson().getTelegramUserId(), regulations.text(language, association,
                        "regulation.changed.notice", "association", association.getName(),
                        "regulation", regulations.name(language, regulations.of(association))), null);
            }
        }
    }
}
