package ru.mumo.voting;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A member's ballot in one vote; only the vote's electorate may cast one, and the unique index on (vote, member)
 * makes it one per member whatever happens. While the vote is open the ballot holds the choice, because a member
 * may change it and the vote's counts must then move from the old choice to the new one. When a secret vote
 * closes, its ballots are deleted in the transaction that freezes the counts: from then on the database knows
 * how many chose what and nothing else. (The Telegram adapter keeps its side of the promise: a secret ballot's
 * message never shows the choice, and the press's short-lived confirmation that does is stored without the
 * chat and emptied once sent.)
 */
@Entity
public class Ballot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long voteId;

    private long membershipId;

    @Enumerated(EnumType.STRING)
    private Choice choice;

    private Instant castAt;

    @Version
    private long version;

    protected Ballot() {
    }

    Ballot(long voteId, long membershipId, Choice choice, Instant now) {
        this.voteId = voteId;
        this.membershipId = membershipId;
        this.choice = choice;
        this.castAt = now;
    }

    void change(Choice choice, Instant now) {
        this.choice = choice;
        this.castAt = now;
    }

    public long getVoteId() {
        return voteId;
    }

    public long getMembershipId() {
        return membershipId;
    }

    public Choice getChoice() {
        return choice;
    }
}
