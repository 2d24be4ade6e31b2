package ru.mumo.telegram.internal.databank;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.databank.ChairRequirement;
import ru.mumo.databank.ChairRequirement.Outcome;
import ru.mumo.databank.ProfileChanged;
import ru.mumo.databank.ProfileService;
import ru.mumo.membership.MemberJoined;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Officials;
import ru.mumo.membership.Person;
import ru.mumo.membership.PersonService;
import ru.mumo.membership.Role;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.outbox.Outbox;

/**
 * Checks S 3.5 when a chair is appointed, and again when the chair changes their education, category or
 * teaching experience, and tells the officials responsible for the association ({@link Officials#responsibleFor}).
 * It never blocks the appointment: the department decides, the bot only points out what the profile lacks.
 */
@Component
class ChairCheckNotices {

    private final MembershipService membership;
    private final PersonService people;
    private final ProfileService profiles;
    private final Outbox outbox;
    private final Messages messages;
    private final Officials officials;

    ChairCheckNotices(MembershipService membership, PersonService people, ProfileService profiles, Outbox outbox,
            Messages messages, Officials officials) {
        this.officials = officials;
        this.membership = membership;
        this.people = people;
        this.profiles = profiles;
        this.outbox = outbox;
        this.messages = messages;
    }

    @EventListener
    void on(MemberJoined event) {
        if (event.role() == Role.CHAIR) {
            membership.membership(event.membershipId()).ifPresent(chair -> tell(chair, "chair.check.appointed"));
        }
    }

    @EventListener
    void on(ProfileChanged event) {
        if (!ChairRequirement.concerns(event.field())) {
            return;
        }
        membership.membershipsOf(people.findPersonById(event.personId())).stream()
                .filter(m -> m.getRole() == Role.CHAIR)
                .forEach(chair -> tell(chair, "chair.check.changed"));
    }

    private void tell(Membership chair, String key) {
        officials.responsibleFor(chair.getAssociation()).forEach(official -> tell(official, chair, key));
    }

    private void tell(long official, Membership chair, String key) {
        Language language = people.findPerson(official).map(Person::getLanguage).orElse(Language.RU);
        Map<ChairRequirement, Outcome> outcomes = profiles.chairCheck(chair.getPerson().getId());
        boolean met = outcomes.values().stream().allMatch(o -> o == Outcome.MET);
        String lines = outcomes.entrySet().stream()
                .map(e -> messages.text(language, "chair.check.line." + e.getValue().name(),
                        "requirement", messages.text(language, "chair.requirement." + e.getKey().name())))
                .collect(Collectors.joining("\n"));
        outbox.send(official, messages.text(language, key,
                "name", chair.getPerson().getFullName(),
                "association", chair.getAssociation().getName())
                + "\n" + lines + "\n\n" + messages.text(language, met ? "chair.check.met" : "chair.check.not.met"), null);
    }
}
