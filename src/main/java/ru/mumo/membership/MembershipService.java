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
    private final Clock clock;

    MembershipService(Memberships memberships, RoleAssignments roleAssignments, RoleHistory roles, Clock clock) {
        this.memberships = memberships;
        this.roleAssignments = roleAssignments;
        this.roles = roles;
        this.clock = clock;
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
                    .forEach(previous -> roles.assign(previous, Role.MEMBER, chair.getPerson().getId(), now));
        }
        roles.assign(target, role, chair.getPerson().getId(), now);
        return target;
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
        Membership target = memberships.findById(targetMembershipId)
                .filter(Membership::isLive)
                .filter(m -> m.getAssociation().getId().equals(chair.getAssociation().getId()))
                .orElseThrow(() -> new MembershipException(Reason.NOT_A_MEMBER));
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
