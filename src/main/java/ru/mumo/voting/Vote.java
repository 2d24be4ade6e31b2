package ru.mumo.voting;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import ru.mumo.voting.VoteException.Reason;

/**
 * A vote (голосование) at a meeting, on an agenda item or a typed question. Its electorate is fixed when it opens
 * (see {@link VoteElector}): the base of "more than half of those present" never moves afterwards. It keeps the
 * running counts itself: a ballot is cast with this row locked, so counts and ballots always agree, and a secret
 * vote's result survives without any link between a member and a choice once closed (see {@link Ballot}).
 */
@Entity
public class Vote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;

    private long associationId;

    private Integer agendaPosition;

    private String question;

    private boolean secret;

    @Enumerated(EnumType.STRING)
    private VoteStatus status;

    private int forCount;

    private int againstCount;

    private int abstainCount;

    /** The members present when the vote opened: who got a ballot. */
    private int electorate;

    /** The meeting's roll when the vote opened. */
    private int rollSize;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private long openedByMembershipId;

    private Instant openedAt;

    private Instant closedAt;

    @Version
    private long version;

    protected Vote() {
    }

    Vote(long meetingId, long associationId, Integer agendaPosition, String question, boolean secret,
            int electorate, int rollSize, long openedByMembershipId, Instant now) {
        this.meetingId = meetingId;
        this.associationId = associationId;
        this.agendaPosition = agendaPosition;
        this.question = question;
        this.secret = secret;
        this.electorate = electorate;
        this.rollSize = rollSize;
        this.status = VoteStatus.OPEN;
        this.openedByMembershipId = openedByMembershipId;
        this.openedAt = now;
    }

    /**
     * Records the member's choice: a new ballot, or the member's existing one changed. Returns the ballot to keep;
     * {@code existing} is the member's ballot in this vote if there is one.
     */
    Ballot cast(Ballot existing, long membershipId, Choice choice, Instant now) {
        requireOpen();
        if (existing == null) {
            count(choice, 1);
            return new Ballot(id, membershipId, choice, now);
        }
        count(existing.getChoice(), -1);
        count(choice, 1);
        existing.change(choice, now);
        return existing;
    }

    Tally close(Instant now) {
        requireOpen();
        Tally tally = tally();
        this.status = VoteStatus.CLOSED;
        this.outcome = tally.outcome();
        this.closedAt = now;
        return tally;
    }

    void requireOpen() {
        if (status != VoteStatus.OPEN) {
            throw new VoteException(Reason.VOTE_CLOSED);
        }
    }

    private void count(Choice choice, int delta) {
        switch (choice) {
            case FOR -> forCount += delta;
            case AGAINST -> againstCount += delta;
            case ABSTAIN -> abstainCount += delta;
        }
    }

    private Tally tally() {
        return new Tally(forCount, againstCount, abstainCount, electorate, rollSize);
    }

    /** The final tally, or {@code null} while the vote is open: live splits are never shown. */
    public Tally result() {
        return status == VoteStatus.CLOSED ? tally() : null;
    }

    /** How many got a ballot: the members present when the vote opened. */
    public int getElectorate() {
        return electorate;
    }

    public int getRollSize() {
        return rollSize;
    }

    /** How many ballots are in, without the split (so early votes do not steer late ones). */
    public int votedCount() {
        return forCount + againstCount + abstainCount;
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getAssociationId() {
        return associationId;
    }

    /** The 0-based agenda item this vote decides, or {@code null} for a typed question. */
    public Integer getAgendaPosition() {
        return agendaPosition;
    }

    public String getQuestion() {
        return question;
    }

    public boolean isSecret() {
        return secret;
    }

    public VoteStatus getStatus() {
        return status;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public long getOpenedByMembershipId() {
        return openedByMembershipId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
