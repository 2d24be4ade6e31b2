package ru.mumo.voting;

/**
 * The counts of a vote and the decision rule of T 2.4: a motion passes when the votes "for" are more than half of
 * the members present. Abstentions and members who did not vote therefore weigh against, and a tie fails. With
 * fewer members present than quorum needs (more than half of the members) no decision is taken at all.
 *
 * @param members the association's members (guests excluded) when the vote was counted
 * @param present the members present then
 */
public record Tally(int forVotes, int against, int abstain, int members, int present) {

    public Tally {
        if (forVotes < 0 || against < 0 || abstain < 0 || members < 0 || present < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }

    public int voted() {
        return forVotes + against + abstain;
    }

    /** Present members who did not vote; they count against, like abstentions. */
    public int notVoted() {
        return Math.max(0, present - voted());
    }

    public boolean quorate() {
        return present > members / 2;
    }

    public Outcome outcome() {
        if (!quorate()) {
            return Outcome.NO_QUORUM;
        }
        return 2 * forVotes > present ? Outcome.PASSED : Outcome.FAILED;
    }
}
