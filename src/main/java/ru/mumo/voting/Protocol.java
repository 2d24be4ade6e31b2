package ru.mumo.voting;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import ru.mumo.voting.VoteException.Reason;

/**
 * The protocol of a closed meeting (T 2.4, S 3.3, S Appendix 2) as a record: written when the meeting closes,
 * with the association's name and municipality as they were then (the meeting keeps its roll, the votes their
 * counts). The secretary completes "Слушали" and "Решили" and then marks it final; from then on nothing in it
 * changes, and only a final protocol is one to sign and meets the protocol's deadline.
 */
@Entity
public class Protocol {

    public enum Status {
        DRAFT, FINAL
    }

    @Id
    private Long meetingId;

    private long associationId;

    private String associationName;

    private String municipality;

    /**
     * The regulation the meeting was held under, whose titles and clauses the protocol gives; {@code null} for
     * protocols closed before regulations were recorded, which keep their first wording.
     */
    private String regulation;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant createdAt;

    private Instant finalizedAt;

    private Long finalizedByMembershipId;

    @Version
    private long version;

    protected Protocol() {
    }

    Protocol(long meetingId, long associationId, String associationName, String municipality, String regulation,
            Instant now) {
        this.meetingId = meetingId;
        this.associationId = associationId;
        this.associationName = associationName;
        this.municipality = municipality;
        this.regulation = regulation;
        this.status = Status.DRAFT;
        this.createdAt = now;
    }

    /** Marks the protocol final; {@code false} if it already was (a second press changes nothing). */
    boolean finalise(long byMembershipId, Instant now) {
        if (isFinal()) {
            return false;
        }
        this.status = Status.FINAL;
        this.finalizedByMembershipId = byMembershipId;
        this.finalizedAt = now;
        return true;
    }

    void requireDraft() {
        if (isFinal()) {
            throw new VoteException(Reason.PROTOCOL_FINAL);
        }
    }

    public boolean isFinal() {
        return status == Status.FINAL;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getAssociationId() {
        return associationId;
    }

    public String getAssociationName() {
        return associationName;
    }

    public String getMunicipality() {
        return municipality;
    }

    /** The code of the regulation the meeting was held under; {@code null} for protocols closed before it was kept. */
    public String getRegulation() {
        return regulation;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getFinalizedAt() {
        return finalizedAt;
    }

    /** Who marked the protocol final; {@code null} for a draft. */
    public Long getFinalizedByMembershipId() {
        return finalizedByMembershipId;
    }
}
