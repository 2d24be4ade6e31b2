package ru.mumo.membership;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.membership.MembershipException.Reason;
import ru.mumo.membership.internal.Associations;
import ru.mumo.membership.internal.Invites;
import ru.mumo.membership.internal.JoinRequests;
import ru.mumo.membership.internal.Memberships;
import ru.mumo.membership.internal.Persons;
import ru.mumo.shared.AppProperties;
import ru.mumo.shared.Language;

/** The ways in: invite links for the chair, members and guests, and joining by one (registration). */
@Service
@Transactional
public class InviteService {

    private static final char[] CODE_ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final int CODE_LENGTH = 16;

    private final Invites invites;
    private final Associations associations;
    private final Persons persons;
    private final Memberships memberships;
    private final RoleHistory roles;
    private final JoinRequests requests;
    private final RegulationCatalog catalog;
    private final ApplicationEventPublisher events;
    private final AppProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InviteService(Invites invites, Associations associations, Persons persons, Memberships memberships,
            RoleHistory roles, JoinRequests requests, RegulationCatalog catalog, ApplicationEventPublisher events,
            AppProperties properties, Clock clock) {
        this.invites = invites;
        this.associations = associations;
        this.persons = persons;
        this.memberships = memberships;
        this.roles = roles;
        this.requests = requests;
        this.catalog = catalog;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A fresh one-time link for the chair, issued by an official: for an association whose chair left, changed
     * or let the first link expire. Whoever opens it becomes the chair; a chair still in office becomes a member.
     * Older chair links not yet used stop working: only the newest appoints.
     */
    public Invite issueChairInvite(long associationId, long officialTelegramUserId) {
        Association association = associations.findById(associationId)
                .orElseThrow(() -> new MembershipException(Reason.NOT_ALLOWED));
        Instant now = clock.instant();
        invites.findOpen(associationId, Role.CHAIR, now).forEach(older -> older.revoke(now));
        return newInvite(association, Role.CHAIR, 1, officialTelegramUserId, now);
    }

    /** The association's member and guest links that still work, newest first, for its officers to review. */
    @Transactional(readOnly = true)
    public List<Invite> openLinks(Membership officer) {
        requireOfficer(officer);
        Instant now = clock.instant();
        long associationId = officer.getAssociation().getId();
        return Stream.concat(invites.findOpen(associationId, Role.MEMBER, now).stream(),
                        invites.findOpen(associationId, Role.GUEST, now).stream())
                .filter(i -> i.statusAt(now) == InviteStatus.VALID).toList();
    }

    /** An officer revokes a member or guest link of their association; {@code false} if it no longer worked. */
    public boolean revoke(Membership officer, long inviteId) {
        requireOfficer(officer);
        Invite invite = invites.findById(inviteId)
                .filter(i -> i.getAssociation().getId().equals(officer.getAssociation().getId()))
                .filter(i -> i.getRole() == Role.MEMBER || i.getRole() == Role.GUEST)
                .orElseThrow(() -> new MembershipException(Reason.NOT_ALLOWED));
        if (invite.statusAt(clock.instant()) != InviteStatus.VALID) {
            return false;
        }
        invite.revoke(clock.instant());
        return true;
    }

    /** Who issued the invite a membership came by, as a Telegram id; empty when unknown or erased. */
    @Transactional(readOnly = true)
    public Optional<Long> issuerOf(Membership membership) {
        return Optional.ofNullable(membership.getInviteId()).flatMap(invites::findById)
                .map(Invite::getCreatedByTelegramUserId).filter(id -> id != 0);
    }

    /** A fresh multi-use link for members (or guests) of the officer's association. */
    public Invite issueInvite(Membership issuer, Role role) {
        requireOfficer(issuer);
        if (!(role == Role.MEMBER || role == Role.GUEST)) {
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
     * registration. The invite's use is taken in the same transaction, so a one-time link admits one person. Where
     * the regulation has the chair approve the composition (T 2.2), a member link brings a request instead, which
     * counts once the chair approves it.
     */
    public Admission join(String code, long telegramUserId, PersonDetails details, Consent consent,
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
        if (person != null && requests.findPending(association.getId(), person.getId()).isPresent()) {
            throw new MembershipException(Reason.REQUEST_PENDING);
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
        if (invite.getRole() == Role.MEMBER && catalog.of(association.getRegulation()).chairApprovesMembers()) {
            JoinRequest request = requests.save(new JoinRequest(invite, person, now));
            events.publishEvent(new JoinRequested(association.getId(), request.getId(), person.getId()));
            return Admission.requested(request);
        }
        return Admission.joined(admit(invite, person, now));
    }

    /**
     * Makes the person a member in the invite's role: the membership, its first role, and for a chair the outgoing
     * chair back to member. Also the end of an approved request.
     */
    Membership admit(Invite invite, Person person, Instant now) {
        Association association = invite.getAssociation();
        person.switchTo(association.getId());
        List<Membership> outgoing = invite.getRole() == Role.CHAIR
                ? memberships.findLiveByRole(association.getId(), Role.CHAIR) : List.of();
        Membership membership = memberships.save(new Membership(association, person, invite.getRole(), invite, now));
        roles.begin(membership, now);
        for (Membership previous : outgoing) {
            roles.assign(previous, Role.MEMBER, null, now);
            events.publishEvent(new ChairReplaced(association.getId(), previous.getId(), membership.getId()));
        }
        events.publishEvent(new MemberJoined(association.getId(), membership.getId(), person.getId(),
                invite.getRole()));
        return membership;
    }

    Invite newInvite(Association association, Role role, Integer maxUses, long creator, Instant now) {
        return invites.save(new Invite(newCode(), association, role, maxUses, now,
                now.plus(properties.inviteTtl()), creator));
    }

    private static void requireOfficer(Membership officer) {
        if (officer == null || !officer.isLive() || !officer.getRole().isOfficer()) {
            throw new MembershipException(Reason.NOT_ALLOWED);
        }
    }

    private String newCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }
}
