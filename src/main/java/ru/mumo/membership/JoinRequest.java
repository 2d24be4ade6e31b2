package ru.mumo.membership;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * A teacher who opened a member link of an association whose chair approves the composition (T 2.2): they count as a
 * member only once the chair (or the deputy standing in) approves.
 */
@Entity
public class JoinRequest {

    public enum Decision { APPROVED, DECLINED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Association association;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Person person;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Invite invite;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Instant requestedAt;

    /** {@code TRUE} while it waits, {@code null} once decided; see the unique index in V51. */
    private Boolean pending;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private Instant decidedAt;

    private Long decidedByPersonId;

    private Long membershipId;

    @Version
    private long version;

    protected JoinRequest() {
    }

    JoinRequest(Invite invite, Person person, Instant now) {
        this.association = invite.getAssociation();
        this.person = person;
        this.invite = invite;
        this.role = invite.getRole();
        this.requestedAt = now;
        this.pending = Boolean.TRUE;
    }

    void decide(Decision decision, Long byPersonId, Long membershipId, Instant now) {
        this.pending = null;
        this.decision = decision;
        this.decidedAt = now;
        this.decidedByPersonId = byPersonId;
        this.membershipId = membershipId;
    }

    public Long getId() {
        return id;
    }

    public Association getAssociation() {
        return association;
    }

    public Person getPerson() {
        return person;
    }

    Invite getInvite() {
        return invite;
    }

    public Role getRole() {
        return role;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public boolean isPending() {
        return Boolean.TRUE.equals(pending);
    }

    public Decision getDecision() {
        return decision;
    }
}
