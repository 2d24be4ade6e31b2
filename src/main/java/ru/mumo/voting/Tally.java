package ru.mumo.voting;

/**
 * The counts of a vote and the decision rule of T 2.4: a motion passes when the votes "for" are more than half of
 * the members taking part, that is of the vote's electorate (the members of the meeting's roll present when the
 * vote opened). Abstentions and members who did not vote therefore weigh against, and a tie fails. For, against,
 * abstained and did not vote always add up to the electorate.
 *
 * @param electorate the members present when the vote opened: those who got a ballot
 * @param roll the meeting's roll (its members, guests excluded) when the vote opened
 */
public record Tally(int forVotes, int against, int abstain, int electorate, int roll) {

    public Tally {
        if (forVotes < 0 || against < 0 || abstain < 0 || electorate < 0 || roll < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
        if (forVotes + against + abstain > electorate) {
            throw new IllegalArgumentException("More ballots than voters: " + (forVotes + against + abstain)
                    + " of " + electorate);
        }
    }

    public int voted() {
        return forVotes + against + abstain;
    }

    /** Members of the electorate who did not vote; they count against, like abstentions. */
    public int notVoted() {
        return electorate - voted();
    }

    /** The electorate was more than half of the roll; a vote is opened only then, so this holds for every vote. */
    public boolean quorate() {
        return electorate > roll / 2;
    }

    public Outcome outcome() {
        if (!quorate()) {
            return Outcome.NO_QUORUM;
        }
        return 2 * forVotes > electorate ? Outcome.PASSED : Outcome.FAILED;
    }
}
