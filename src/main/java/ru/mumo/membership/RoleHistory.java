package ru.mumo.membership;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.membership.internal.Memberships;
import ru.mumo.membership.internal.RoleAssignments;

/**
 * Writes each change of role and each end of a membership into the role history and publishes it, for the
 * services that appoint, admit, let go and erase.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class RoleHistory {

    private final Memberships memberships;
    private final RoleAssignments roleAssignments;
    private final ApplicationEventPublisher events;

    RoleHistory(Memberships memberships, RoleAssignments roleAssignments, ApplicationEventPublisher events) {
        this.memberships = memberships;
        this.roleAssignments = roleAssignments;
        this.events = events;
    }

    /** Records a new membership's first role. */
    void begin(Membership membership, Instant now) {
        roleAssignments.save(new RoleAssignment(membership.getId(), membership.getRole(), now, null));
    }

    void assign(Membership membership, Role role, Long byPersonId, Instant now) {
        Role old = membership.changeRole(role);
        roleAssignments.findOpen(membership.getId()).forEach(open -> open.end(now));
        roleAssignments.save(new RoleAssignment(membership.getId(), role, now, byPersonId));
        events.publishEvent(new RoleChanged(membership.getAssociation().getId(), membership.getId(),
                membership.getPerson().getId(), old, role));
    }

    void end(Membership membership, Long byPersonId, MemberLeft.Why why, Instant now) {
        membership.end(now);
        roleAssignments.findOpen(membership.getId()).forEach(open -> open.end(now, byPersonId));
        memberships.flush();
        events.publishEvent(new MemberLeft(membership.getAssociation().getId(), membership.getId(),
                membership.getPerson().getId(), membership.getRole(), why));
    }
}
