package ru.mumo.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.membership.MembershipException.Reason;
import ru.mumo.membership.internal.Memberships;
import ru.mumo.membership.internal.RoleAssignments;

/** Who belongs to which association in which role: the members, appointment, leaving and removal, the history. */
@Service
@Transactional
public class MembershipService {

    /** Roles officers run the association with; the chair is appointed by the department, guests come by invite. */
    public static final List<Role> APPOINTABLE = List.of(Role.DEPUTY, Role.SECRETARY, Role.MEMBER);

    private final Memberships memberships;
    private final RoleAssignments roleAssignments;
    private final RoleHistory roles;
    private final RegulationCatalog catalog;
    private final Clock clock;

    MembershipService(Memberships memberships, RoleAssignments roleAssignments, RoleHistory roles,
            RegulationCatalog catalog, Clock clock) {
        this.memberships = memberships;
        this.roleAssignments = roleAssignments;
        this.roles = roles;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Whether the membership acts as the head of its association: the chair, or the deputy while the chair's seat
     * is empty, under a regulation that has a deputy (T 2.5: the deputy acts for the chair in the chair's absence).
     */
    @Transactional(readOnly = true)
    public boolean actsAsChair(Membership membership) {
        if (membership == null || !membership.isLive()) {
            return false;
        }
        if (membership.getRole() == Role.CHAIR) {
            return true;
        }
        return membership.getRole() == Role.DEPUTY
                && catalog.of(membership.getAssociation().getRegulation()).hasDeputy()
                && chairSeatEmpty(membership.getAssociation().getId());
    }

    /** Whether the association has no chair now. */
    @Transactional(readOnly = true)
    public boolean chairSeatEmpty(long associationId) {
        return memberships.findLiveByRole(associationId, Role.CHAIR).isEmpty();
    }

    /** The role in the words of the membership's regulation: the key {@code role.<ROLE>} takes it as {@code title}. */
    public String titleWord(Membership membership) {
        return catalog.of(membership.getAssociation().getRegulation()).titleWord();
    }

    /** The roles the chair may give under the association's regulation: no deputy where it names none. */
    public List<Role> appointable(Association association) {
        return catalog.of(association.getRegulation()).hasDeputy() ? APPOINTABLE
                : APPOINTABLE.stream().filter(r -> r != Role.DEPUTY).toList();
    }

    /**
     * The chair gives a member of their association another role. A new deputy or secretary replaces the
     * previous one, who becomes a plain member: the regulation has one of each (T 2.3, T 2.5). The deputy standing
     * in may appoint the secretary, never a deputy; where the department appoints the deputy (T 2.1) the chair
     * proposes one instead ({@link CompositionService#proposeDeputy}).
     */
    public Membership appoint(Membership chair, long targetMembershipId, Role role) {
        if (!actsAsChair(chair) || role == Role.DEPUTY && chair.getRole() != Role.CHAIR) {
            throw new MembershipException(Reason.NOT_ALLOWED);
        }
        if (!APPOINTABLE.contains(role)) {
            throw new MembershipException(Reason.ROLE_NOT_ASSIGNABLE);
        }
        Regulation.Deputy deputies = catalog.of(chair.getAssociation().getRegulation()).deputy();
        if (role == Role.DEPUTY && deputies == Regulation.Deputy.NONE) {
            throw new MembershipException(Reason.NO_DEPUTY);
        }
        if (role == Role.DEPUTY && deputies == Regulation.Deputy.DEPARTMENT) {
            // The department appoints this deputy on the chair's proposal (CompositionService#proposeDeputy).
            throw new MembershipException(Reason.ROLE_NOT_ASSIGNABLE);
        }
        Membership target = colleague(chair, targetMembershipId);
        if (target.getRole() == Role.CHAIR || target.getRole() == Role.GUEST || target.getId().equals(chair.getId())) {
            throw new MembershipException(Reason.ROLE_NOT_ASSIGNABLE);
        }
        return give(target, role, chair.getPerson().getId());
    }

    /** Gives the role, the previous holder of a deputy's or secretary's seat becoming a member. */
    Membership give(Membership target, Role role, Long byPersonId) {
        if (target.getRole() == role) {
            return target;
        }
        Instant now = clock.instant();
        if (role != Role.MEMBER) {
            memberships.findLiveByRole(target.getAssociation().getId(), role)
                    .forEach(previous -> roles.assign(previous, Role.MEMBER, byPersonId, now));
        }
        roles.assign(target, role, byPersonId, now);
        return target;
    }

    /**
     * The chair or the secretary marks that the member's signed consent to the processing of personal data (S 3.6)
     * was received, or takes the mark back.
     */
    public Membership markWrittenConsent(Membership keeper, long targetMembershipId, boolean received) {
        if (keeper == null || !keeper.isLive() || !keeper.getRole().keepsDataBank()) {
            throw new MembershipException(Reason.NOT_ALLOWED);
        }
        Membership target = colleague(keeper, targetMembershipId);
        target.markWrittenConsent(received ? keeper.getPerson().getId() : null, clock.instant());
        return target;
    }

    /** A live membership of the same association as {@code own}. */
    Membership colleague(Membership own, long membershipId) {
        return memberships.findById(membershipId)
                .filter(Membership::isLive)
                .filter(m -> m.getAssociation().getId().equals(own.getAssociation().getId()))
                .orElseThrow(() -> new MembershipException(Reason.NOT_A_MEMBER));
    }

    /** The member leaves the association; their role ends with the membership and quorum counts follow. */
    public void leave(Membership membership) {
        Membership managed = memberships.findById(membership.getId()).filter(Membership::isLive)
                .orElseThrow(() -> new MembershipException(Reason.NOT_A_MEMBER));
        roles.end(managed, null, MemberLeft.Why.LEFT, clock.instant());
    }

    /** The chair removes a member or guest of their own association. */
    public Membership remove(Membership chair, long targetMembershipId) {
        if (chair.getRole() != Role.CHAIR) {
            throw new MembershipException(Reason.NOT_ALLOWED);
        }
        Membership target = colleague(chair, targetMembershipId);
        if (target.getRole() == Role.CHAIR) {
            throw new MembershipException(Reason.CHAIR_CANNOT_BE_REMOVED);
        }
        roles.end(target, chair.getPerson().getId(), MemberLeft.Why.REMOVED, clock.instant());
        return target;
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

    /** Every membership the association ever had, ended ones included, for terms and renewal (T 2.7, T 2.8). */
    @Transactional(readOnly = true)
    public List<Membership> everMembers(long associationId) {
        return memberships.findEverByAssociation(associationId);
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

    /** A membership whether it lasts or has ended: for telling people about its end. */
    @Transactional(readOnly = true)
    public Optional<Membership> anyMembership(long membershipId) {
        return memberships.findById(membershipId);
    }
}
