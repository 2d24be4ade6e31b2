package ru.mumo.membership;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
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
    private final SecureRandom random = new SecureRandom();

    MembershipService(Persons persons, Associations associations, Memberships memberships, Invites invites,
            RoleAssignments roleAssignments, ApplicationEventPublisher events, AppProperties properties,
            Clock clock) {
        this.persons = persons;
        this.associations = associations;
        this.memberships = memberships;
        this.invites = invites;
        this.roleAssignments = roleAssignments;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
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
    public List<Membership> membershipsOf(Person person) {
        return memberships.findLiveByPerson(person.getId());
    }

    /** The membership a person's commands act on: the chosen association, or else the latest joined. */
    @Transactional(readOnly = true)
    public Optional<Membership> currentMembership(Person person) {
        List<Membership> all = memberships.findLiveByPerson(person.getId());
        return all.stream()
                .filter(m -> m.getAssociation().getId().equals(person.getActiveAssociationId()))
                .findFirst()
                .or(() -> all.stream().max(Comparator.comparing(Membership::getJoinedAt)));
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
