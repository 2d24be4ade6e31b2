package ru.mumo.telegram.internal.databank;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import ru.mumo.databank.ChairRequirement;
import ru.mumo.databank.ChairRequirement.Outcome;
import ru.mumo.databank.ProfileChanged;
import ru.mumo.databank.ProfileService;
import ru.mumo.membership.InviteService;
import ru.mumo.membership.MemberJoined;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.PersonService;
import ru.mumo.membership.Regulation;
import ru.mumo.membership.Role;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.membership.OfficialsChats;
import ru.mumo.telegram.internal.membership.RegulationTexts;
import ru.mumo.telegram.internal.outbox.Outbox;

/**
 * The head's qualification check (S 3.5), only where the regulation asks for it: once the head has filled the
 * education, category and teaching experience of their profile (they are reminded to when appointed), the official
 * who issued their link gets the check, and again whenever one of the three changes. It never blocks the
 * appointment: the department decides, the bot only points out what is missing.
 */
@Component
class ChairCheckNotices {

    private final MembershipService membership;
    private final PersonService people;
    private final ProfileService profiles;
    private final InviteService invites;
    private final OfficialsChats officials;
    private final RegulationTexts regulations;
    private final Outbox outbox;
    private final Messages messages;

    ChairCheckNotices(MembershipService membership, PersonService people, ProfileService profiles,
            InviteService invites, OfficialsChats officials, RegulationTexts regulations, Outbox outbox,
            Messages messages) {
        this.membership = membership;
        this.people = people;
        this.profiles = profiles;
        this.invites = invites;
        this.officials = officials;
        this.regulations = regulations;
        this.outbox = outbox;
        this.messages = messages;
    }

    /** At the commit of the join, so that the new head reads the welcome first and then what to fill. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(MemberJoined event) {
        if (event.role() != Role.CHAIR) {
            return;
        }
        membership.membership(event.membershipId()).filter(this::checked).ifPresent(chair -> {
            if (filled(chair)) {
                tell(chair, "chair.check.appointed");
            } else {
                remind(chair);
            }
        });
    }

    @EventListener
    void on(ProfileChanged event) {
        if (!ChairRequirement.concerns(event.field())) {
            return;
        }
        membership.membershipsOf(people.findPersonById(event.personId())).stream()
                .filter(m -> m.getRole() == Role.CHAIR).filter(this::checked).filter(this::filled)
                .forEach(chair -> tell(chair, "chair.check.changed"));
    }

    private boolean checked(Membership chair) {
        return regulations.of(chair.getAssociation()).headQualification();
    }

    private boolean filled(Membership chair) {
        return profiles.chairCheck(chair.getPerson().getId()).values().stream().noneMatch(o -> o == Outcome.UNKNOWN);
    }

    /** The new head is asked to fill what the check needs; the check follows when they have. */
    private void remind(Membership chair) {
        Language language = chair.getPerson().getLanguage();
        Regulation regulation = regulations.of(chair.getAssociation());
        outbox.send(chair.getPerson().getTelegramUserId(), messages.text(language, "chair.check.remind",
                "association", chair.getAssociation().getName(), "title", regulation.titleWord(),
                "clause", regulation.clause("head").orElse("")), null);
    }

    private void tell(Membership chair, String key) {
        Map<ChairRequirement, Outcome> outcomes = profiles.chairCheck(chair.getPerson().getId());
        boolean met = outcomes.values().stream().allMatch(o -> o == Outcome.MET);
        Regulation regulation = regulations.of(chair.getAssociation());
        officials.issuer(invites.issuerOf(chair).orElse(null), chair.getAssociation()).forEach((chat, language) -> {
            String lines = outcomes.entrySet().stream()
                    .map(e -> messages.text(language, "chair.check.line." + e.getValue().name(),
                            "requirement", messages.text(language, "chair.requirement." + e.getKey().name())))
                    .collect(Collectors.joining("\n"));
            outbox.send(chat, messages.text(language, key, "name", chair.getPerson().getFullName(),
                    "association", chair.getAssociation().getName(), "title", regulation.titleWord(),
                    "clause", regulation.clause("head").orElse("")) + "\n" + lines + "\n\n"
                    + messages.text(language, met ? "chair.check.met" : "chair.check.not.met"), null);
        });
    }
}
