package ru.mumo.meetings;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A reminder an officer sent to the part of the roster that has not done something yet: answered a meeting's
 * announcement, checked in after saying "I'll come", or voted. Kept with who asked and when: one of a kind goes
 * at most once per {@link FollowUpService#INTERVAL} for the same meeting or vote. Holds how many were reminded,
 * never who (for a secret vote even that list would say who had not voted).
 */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    /** What the reminded have not done yet; the subject is a meeting, or a vote for {@code BALLOT}. */
    public enum Kind {
        ANSWER, CHECK_IN, BALLOT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private long subjectId;

    private long askedByMembershipId;

    private Instant askedAt;

    private int recipients;

    protected FollowUp() {
    }

    FollowUp(Kind kind, long subjectId, long askedByMembershipId, Instant askedAt, int recipients) {
        this.kind = kind;
        this.subjectId = subjectId;
        this.askedByMembershipId = askedByMembershipId;
        this.askedAt = askedAt;
        this.recipients = recipients;
    }

    public Kind getKind() {
        return kind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public long getAskedByMembershipId() {
        return askedByMembershipId;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public int getRecipients() {
        return recipients;
    }
}
