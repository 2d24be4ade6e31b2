package ru.mumo.membership;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.membership.MembershipException.Reason;
import ru.mumo.membership.internal.Associations;
import ru.mumo.membership.internal.Invites;
import ru.mumo.membership.internal.Memberships;
import ru.mumo.membership.internal.Persons;
import ru.mumo.membership.internal.RoleAssignments;
import ru.mumo.shared.AppProperties;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/** Who belongs to which association in which role, and the ways in: invites, registration, appointment. */
@Service
@Transactional(noRollbackFor = MembershipException.class)
public class MembershipService {

    private static final char[] CODE_ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final int CODE_LENGTH = 16;

    /** Roles officers run the association with; the chair is appointed by the department, guests come by invite. */
    public static final List<Role> APPOINTABLE = List.of(Role.DEPUTY, Role.SECRETARY, Role.MEMBER);

    private final Persons persons;
    private final Associations associations;
    private final Memberships memberships;
    private final Invites invites;
    private final RoleAssignments roleAssignments;
    private final ApplicationEventPublisher events;
    private final AppProperties properties;
    private final Clock clock;
    private final Messages messages;
    private final SecureRandom random = new SecureRandom();

    MembershipService(Persons persons, Associations associations, Memberships memberships, Invites invites,
            RoleAssignments roleAssignments, ApplicationEventPublisher events, AppProperties properties,
            Clock clock, Messages messages) {
        this.persons = persons;
        this.associations = associations;
        this.memberships = memberships;
        this.invites = invites;
        this.roleAssignments = roleAssignments;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.messages = messages;
    }

    public AssociationCreated createAssociation(String name, long officialTelegramUserId) {
        Instant now = clock.instant();
        Association association = associations.save(
                new Association(name, properties.timezone(), officialTelegramUserId, now));
        Invite chair = newInvite(association, Role.CHAIR, 1, officialTelegramUserId, now);
        Invite member = newInvite(association, Role.MEMBER, null, officialTelegramUserId, now);
        AssociationCreated created = new AssociationCreated(association, chair, member);
        events.publishEvent(created);
        return created;
    }

    /** Every association in the bot, by name: the education department's overview. */
    @Transactional(readOnly = true)
    public List<Association> associations() {
        return associations.findAll(Sort.by("name", "id"));
    }

    /**
     * A fresh one-time link for the chair, issued by an official: for an association whose chair left, changed
     * or let the first link expire. Whoever opens it becomes the chair; a chair still in office becomes a member.
     */
    public Invite issueChairInvite(long associationId, long officialTelegramUserId) {
        Association association = associations.findById(associationId)
                .orElseThrow(() -> new MembershipException(Reason.NOT_ALLOWED));
        return newInvite(association, Role.CHAIR, 1, officialTelegramUserId, clock.instant());
    }

    /** A fresh multi-use link for members (or guests) of the officer's association. */
    public Invite issueInvite(Membership issuer, Role role) {
        if (!issuer.getRole().isOfficer() || !(role == Role.MEMBER || role == Role.GUEST)) {
            throw new MembershipException(Reason.NOT_ALLOWED);
        }
        return newInvite(issuer.getAssociation(), role, null, issuer.getPerson().getTelegramUserId(),
                clock.instant());
    }

    @Transactional(readOnly = true)
    public InviteStatus inviteStatus(String code) {
        return invites.findByCode(code).map(i -> i.statusAt(clock.instant())).orElse(InviteStatus.UNKNOWN);
    }

    @Transactional(readOnly = true)
    public Optional<Invite> validInvite(String code) {
        return invites.findByCode(code).filter(i -> i.statusAt(clock.instant()) == InviteStatus.VALID);
    }

    /**
     * Joins the person behind {@code telegramUserId} to the invite's association, creating the person on first
     * registration. The invite's use is taken in the same transaction, so a one-time link admits one person.
     */
    public Membership join(String code, long telegramUserId, PersonDetails details, Consent consent,
            Language language) {
        Instant now = clock.instant();
        Invite invite = invites.findByCode(code).orElseThrow(() -> new MembershipException(Reason.INVITE_UNKNOWN));
        InviteStatus status = invite.statusAt(now);
        if (status != InviteStatus.VALID) {
            throw MembershipException.of(status);
        }
        Association association = invite.getAssociation();
        Person person = persons.findByTelegramUserId(telegramUserId).orElse(null);
        if (person != null && memberships.findLive(association.getId(), person.getId()).isPresent()) {
            throw new MembershipException(Reason.ALREADY_MEMBER);
        }
        if (invites.takeOneUse(code) == 0) {
            throw new MembershipException(Reason.INVITE_USED);
        }
        if (person == null) {
            person = persons.save(new Person(telegramUserId, details, consent, language, now));
        } else {
            if (details != null) {
                person.updateDetails(details);
            }
            if (consent != null) {
                person.acceptConsent(consent);
            }
        }
        person.switchTo(association.getId());
        if (invite.getRole() == Role.CHAIR) {
            memberships.findLiveByRole(association.getId(), Role.CHAIR)
                    .forEach(previous -> assign(previous, Role.MEMBER, null, now));
        }
        Membership membership = memberships.save(new Membership(association, person, invite.getRole(), now));
        roleAssignments.save(new RoleAssignment(membership.getId(), invite.getRole(), now, null));
        events.publishEvent(new MemberJoined(association.getId(), membership.getId(), person.getId(),
                invite.getRole()));
        return membership;
    }

    /**
     * The chair gives a member of their association another role. A new deputy or secretary replaces the
     * previous one, who becomes a plain member: the regulation has one of each (T 2.3, T 2.5).
     */
    public Membership appoint(Membership chair, long targetMembershipId, Role role) {
        if (chair.getRole() != Role.CHAIR) {
            throw new MembershipException(Reason.NOT_ALLOWED);
        }
        if (!APPOINTABLE.contains(role)) {
            throw new MembershipException(Reason.ROLE_NOT_ASSIGNABLE);
        }
        Membership target = memberships.findById(targetMembershipId)
                .filter(Membership::isLive)
                .filter(m -> m.getAssociation().getId().equals(chair.getAssociation().getId()))
                .orElseThrow(() -> new MembershipException(Reason.NOT_A_MEMBER));
        if (target.getRole() == Role.CHAIR || target.getRole() == Role.GUEST) {
            throw new MembershipException(Reason.ROLE_NOT_ASSIGNABLE);
        }
        if (target.getRole() == role) {
            return target;
        }
        Instant now = clock.instant();
        if (role != Role.MEMBER) {
            memberships.findLiveByRole(chair.getAssociation().getId(), role)
                    .forEach(previous -> assign(previous, Role.MEMBER, chair.getPerson().getId(), now));
        }
        assign(target, role, chair.getPerson().getId(), now);
        return target;
    }

    /** The member leaves the association; their role ends with the membership and quorum counts follow. */
    public void leave(Membership membership) {
        Membership managed = memberships.findById(membership.getId()).filter(Membership::isLive)
                .orElseThrow(() -> new MembershipException(Reason.NOT_A_MEMBER));
        end(managed, null, MemberLeft.Why.LEFT, clock.instant());
    }

    /** The chair removes a member or guest of their own association. */
    public Membership remove(Membership chair, long targetMembershipId) {
        if (chair.getRole() != Role.CHAIR) {
            throw new MembershipException(Reason.NOT_ALLOWED);
        }
        Membership target = memberships.findById(targetMembershipId)
                .filter(Membership::isLive)
                .filter(m -> m.getAssociation().getId().equals(chair.getAssociation().getId()))
                .orElseThrow(() -> new MembershipException(Reason.NOT_A_MEMBER));
        if (target.getRole() == Role.CHAIR) {
            throw new MembershipException(Reason.CHAIR_CANNOT_BE_REMOVED);
        }
        end(target, chair.getPerson().getId(), MemberLeft.Why.REMOVED, clock.instant());
        return target;
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
        person.erase(messages.text(Language.RU, "person.erased.name"), now);
        persons.flush();
        if (telegramUserId != null) {
            invites.forgetIssuer(telegramUserId);
        }
        memberships.findLiveByPerson(personId).forEach(m -> end(m, null, MemberLeft.Why.ERASED, now));
        return Optional.ofNullable(telegramUserId);
    }

    /** The chair names the municipality that heads the association's documents. */
    public void changeMunicipality(Membership chair, String municipality) {
        if (chair.getRole() != Role.CHAIR) {
            throw new MembershipException(Reason.NOT_ALLOWED);
        }
        associations.findById(chair.getAssociation().getId()).orElseThrow().changeMunicipality(municipality);
    }

    private void end(Membership membership, Long byPersonId, MemberLeft.Why why, Instant now) {
        membership.end(now);
        roleAssignments.findOpen(membership.getId()).forEach(open -> open.end(now, byPersonId));
        memberships.flush();
        events.publishEvent(new MemberLeft(membership.getAssociation().getId(), membership.getId(),
                membership.getPerson().getId(), membership.getRole(), why));
    }

    private void assign(Membership membership, Role role, Long byPersonId, Instant now) {
        Role old = membership.changeRole(role);
        roleAssignments.findOpen(membership.getId()).forEach(open -> open.end(now));
        roleAssignments.save(new RoleAssignment(membership.getId(), role, now, byPersonId));
        events.publishEvent(new RoleChanged(membership.getAssociation().getId(), membership.getId(),
                membership.getPerson().getId(), old, role));
    }

    @Transactional(readOnly = true)
    public Optional<Person> findPerson(long telegramUserId) {
        return persons.findByTelegramUserId(telegramUserId);
    }

    @Transactional(readOnly = true)
    public Person findPersonById(long personId) {
        return persons.findById(personId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Membership> membershipsOf(Person person) {
        return memberships.findLiveByPerson(person.getId());
    }

    /** Every membership the person ever had, ended ones included, with their role history. */
    @Transactional(readOnly = true)
    public List<MembershipHistory> historyOf(Person person) {
        return memberships.findAllByPerson(person.getId()).stream()
                .map(m -> new MembershipHistory(m, roleAssignments.findHistory(m.getId())))
                .toList();
    }

    /** The membership a person's commands act on: the chosen association, or else the latest joined. */
    @Transactional(readOnly = true)
    public Optional<Membership> currentMembership(Person person) {
        return person.actsIn(memberships.findLiveByPerson(person.getId()));
    }

    /** Live members of an association, officers first, then by name. */
    @Transactional(readOnly = true)
    public List<Membership> members(long associationId) {
        return memberships.findLiveByAssociation(associationId).stream()
                .sorted(Comparator.comparing(Membership::getRole).thenComparing(m -> m.getPerson().getFullName()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Membership> membership(long membershipId) {
        return memberships.findById(membershipId).filter(Membership::isLive);
    }

    /** The person corrects their name, place of work or position (from /profile). */
    public void changeDetails(Person person, PersonDetails details) {
        persons.findById(person.getId()).orElseThrow().updateDetails(details);
    }

    /** The person accepted the current consent text again (after it changed). */
    public void acceptConsent(Person person, Consent consent) {
        persons.findById(person.getId()).orElseThrow().acceptConsent(consent);
    }

    /** A membership whether it lasts or has ended: for telling people about its end. */
    @Transactional(readOnly = true)
    public Optional<Membership> anyMembership(long membershipId) {
        return memberships.findById(membershipId);
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

    @Transactional(readOnly = true)
    public boolean isUnreachable(long telegramUserId) {
        return persons.findByTelegramUserId(telegramUserId).map(Person::isUnreachable).orElse(false);
    }

    /** Telegram said the person blocked the bot ({@code reachable=false}) or they wrote again ({@code true}). */
    public void markReachable(long telegramUserId, boolean reachable) {
        persons.findByTelegramUserId(telegramUserId)
                .filter(p -> p.isUnreachable() == reachable)
                .ifPresent(p -> p.markReachable(reachable));
    }

    private Invite newInvite(Association association, Role role, Integer maxUses, long creator, Instant now) {
        return invites.save(new Invite(newCode(), association, role, maxUses, now,
                now.plus(properties.inviteTtl()), creator));
    }

    private String newCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }
}
