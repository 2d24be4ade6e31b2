package ru.mumo.voting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member entitled to vote in one vote, fixed when the vote opens: a member of the meeting's roll present at
 * that moment. Marking people present or absent later changes neither the electorate nor the count, and a
 * membership that did not exist then (someone who left and joined again, or registered anew after /forget) is
 * not in it, so one person has one ballot. Holds no choice.
 */
@Entity
@Table(name = "vote_elector")
public class VoteElector {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long voteId;

    private long membershipId;

    protected VoteElector() {
    }

    VoteElector(long voteId, long membershipId) {
        this.voteId = voteId;
        this.membershipId = membershipId;
    }

    public long getVoteId() {
        return voteId;
    }

    public long getMembershipId() {
        return membershipId;
    }
}
