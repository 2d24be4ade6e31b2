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

/** The chair proposes a member as deputy where the department appoints the deputy (T 2.1); an official decides. */
@Entity
public class DeputyProposal {

    public enum Decision { CONFIRMED, DECLINED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long associationId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Membership membership;

    private long proposedByPersonId;

    private Instant proposedAt;

    /** {@code TRUE} while it waits, {@code null} once decided; see the unique index in V51. */
    private Boolean pending;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private Instant decidedAt;

    private Long decidedByTelegramUserId;

    @Version
    private long version;

    protected DeputyProposal() {
    }

    DeputyProposal(Membership candidate, long proposedByPersonId, Instant now) {
        this.associationId = candidate.getAssociation().getId();
        this.membership = candidate;
        this.proposedByPersonId = proposedByPersonId;
        this.proposedAt = now;
        this.pending = Boolean.TRUE;
    }

    void decide(Decision decision, Long byTelegramUserId, Instant now) {
        this.pending = null;
        this.decision = decision;
        this.decidedAt = now;
        this.decidedByTelegramUserId = byTelegramUserId;
    }

    public Long getId() {
        return id;
    }

    public long getAssociationId() {
        return associationId;
    }

    /** The member proposed. */
    public Membership getMembership() {
        return membership;
    }

    public boolean isPending() {
        return Boolean.TRUE.equals(pending);
    }

    public Decision getDecision() {
        return decision;
    }
}
