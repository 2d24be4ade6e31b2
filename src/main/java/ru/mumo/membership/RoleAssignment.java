package ru.mumo.membership;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One line of a membership's role history: which role, from when, until when, given by whom. */
@Entity
public class RoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long membershipId;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Instant assignedAt;

    private Instant endedAt;

    private Long assignedByPersonId;

    /** The chair who removed the member; {@code null} when the role ended otherwise. */
    private Long endedByPersonId;

    protected RoleAssignment() {
    }

    RoleAssignment(long membershipId, Role role, Instant assignedAt, Long assignedByPersonId) {
        this.membershipId = membershipId;
        this.role = role;
        this.assignedAt = assignedAt;
        this.assignedByPersonId = assignedByPersonId;
    }

    void end(Instant at) {
        this.endedAt = at;
    }

    void end(Instant at, Long byPersonId) {
        this.endedAt = at;
        this.endedByPersonId = byPersonId;
    }

    public Role getRole() {
        return role;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
