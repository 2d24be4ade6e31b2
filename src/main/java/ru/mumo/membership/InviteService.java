package ru.mumo.membership;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.membership.MembershipException.Reason;
import ru.mumo.membership.internal.Associations;
import ru.mumo.membership.internal.Invites;
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
    private final ApplicationEventPublisher events;
    private final AppProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InviteService(Invites invites, Associations associations, Persons persons, Memberships memberships,
            RoleHistory roles, ApplicationEventPublisher events, AppProperties properties, Clock clock) {
        this.invites = invites;
        this.associations = associations;
        this.persons = persons;
        this.memberships = memberships;
        this.roles = roles;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
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
                    .forEach(previous -> roles.assign(previous, Role.MEMBER, null, now));
        }
        Membership membership = memberships.save(new Membership(association, person, invite.getRole(), now));
        roles.begin(membership, now);
        events.publishEvent(new MemberJoined(association.getId(), membership.getId(), person.getId(),
                invite.getRole()));
        return membership;
    }

    Invite newInvite(Association association, Role role, Integer maxUses, long creator, Instant now) {
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
