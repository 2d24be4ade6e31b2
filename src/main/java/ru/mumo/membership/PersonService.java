package ru.mumo.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.membership.MembershipException.Reason;
import ru.mumo.membership.internal.Associations;
import ru.mumo.membership.internal.DeputyProposals;
import ru.mumo.membership.internal.Invites;
import ru.mumo.membership.internal.JoinRequests;
import ru.mumo.membership.internal.Memberships;
import ru.mumo.membership.internal.Persons;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/**
 * The people the bot knows and what they set for themselves: name and work, language, consent, the association
 * their commands act on; and the erasure of what identifies them.
 */
@Service
@Transactional
public class PersonService {

    private final Persons persons;
    private final Memberships memberships;
    private final Invites invites;
    private final JoinRequests requests;
    private final Associations associations;
    private final DeputyProposals proposals;
    private final RoleHistory roles;
    private final Clock clock;
    private final Messages messages;
    private final ApplicationEventPublisher events;

    PersonService(Persons persons, Memberships memberships, Invites invites, JoinRequests requests,
            Associations associations, DeputyProposals proposals, RoleHistory roles, Clock clock, Messages messages,
            ApplicationEventPublisher events) {
        this.requests = requests;
        this.proposals = proposals;
        this.associations = associations;
        this.events = events;
        this.persons = persons;
        this.memberships = memberships;
        this.invites = invites;
        this.roles = roles;
        this.clock = clock;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public Optional<Person> findPerson(long telegramUserId) {
        return persons.findByTelegramUserId(telegramUserId);
    }

    @Transactional(readOnly = true)
    public Person findPersonById(long personId) {
        return persons.findById(personId).orElseThrow();
    }

    /** The membership a person's commands act on: the chosen association, or else the latest joined. */
    @Transactional(readOnly = true)
    public Optional<Membership> currentMembership(Person person) {
        return person.actsIn(memberships.findLiveByPerson(person.getId()));
    }

    public void switchAssociation(Person person, long associationId) {
        Person managed = persons.findById(person.getId()).orElseThrow();
        memberships.findLive(associationId, managed.getId())
                .orElseThrow(() -> new MembershipException(Reason.NOT_A_MEMBER));
        managed.switchTo(associationId);
    }

    public void changeLanguage(Person person, Language language) {
        persons.findById(person.getId()).orElseThrow().speak(language);
    }

    /** The person corrects their name, place of work or position (from /profile). */
    public void changeDetails(Person person, PersonDetails details) {
        persons.findById(person.getId()).orElseThrow().updateDetails(details);
    }

    /** The person accepted the current consent text again (after it changed). */
    public void acceptConsent(Person person, Consent consent) {
        persons.findById(person.getId()).orElseThrow().acceptConsent(consent);
    }

    /**
     * Erases the person's identifying data after they withdrew consent and ends all their memberships. The
     * name becomes a neutral placeholder (in Russian, the language of the association's documents).
     *
     * @return the Telegram id the person had, for the caller to clean up what it keeps under that id
     */
    public Optional<Long> erase(long personId) {
        Person person = persons.findById(personId).orElseThrow();
        if (person.isErased()) {
            return Optional.empty();
        }
        Long telegramUserId = person.getTelegramUserId();
        Instant now = clock.instant();
        String placeholder = messages.text(Language.RU, "person.erased.name");
        person.erase(placeholder, now);
        persons.flush();
        events.publishEvent(new PersonErased(personId, placeholder));
        if (telegramUserId != null) {
            invites.forgetIssuer(telegramUserId);
            associations.forgetCreator(telegramUserId);
            proposals.forgetDecider(telegramUserId);
        }
        requests.findPendingByPerson(personId)
                .forEach(r -> r.decide(JoinRequest.Decision.WITHDRAWN, null, null, now));
        memberships.findLiveByPerson(personId).forEach(m -> roles.end(m, null, MemberLeft.Why.ERASED, now));
        return Optional.ofNullable(telegramUserId);
    }
}
