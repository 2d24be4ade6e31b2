package ru.mumo.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The decision rule of T 2.4 at its boundaries, counted against the electorate fixed when the vote opened. */
class TallyTests {

    @Test
    void fourForOfSevenPresentPasses() {
        assertThat(new Tally(4, 3, 0, 7, 9).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void threeForThreeAgainstOneAbstainOfSevenFails() {
        Tally tally = new Tally(3, 3, 1, 7, 9);
        assertThat(tally.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(tally.voted()).isEqualTo(7);
        assertThat(tally.notVoted()).isZero();
    }

    @Test
    void abstentionsAndNonVotesWeighAgainst() {
        assertThat(new Tally(3, 0, 4, 7, 9).outcome()).isEqualTo(Outcome.FAILED);
        Tally silent = new Tally(3, 1, 0, 7, 9);
        assertThat(silent.notVoted()).isEqualTo(3);
        assertThat(silent.outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aTieFails() {
        assertThat(new Tally(3, 3, 0, 6, 10).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(new Tally(4, 2, 0, 6, 10).outcome()).isEqualTo(Outcome.PASSED);
        // Eight present, four for and four against: a tie, whoever is marked absent later.
        assertThat(new Tally(4, 4, 0, 8, 10).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void theFourCountsAlwaysAddUpToTheElectorate() {
        Tally tally = new Tally(4, 2, 1, 9, 12);
        assertThat(tally.forVotes() + tally.against() + tally.abstain() + tally.notVoted())
                .isEqualTo(tally.electorate());
        assertThatThrownBy(() -> new Tally(4, 4, 0, 7, 10)).as("more ballots than voters")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anElectorateOfHalfTheRollOrLessDecidesNothing() {
        Tally tally = new Tally(5, 0, 0, 5, 10);
        assertThat(tally.quorate()).isFalse();
        assertThat(tally.outcome()).isEqualTo(Outcome.NO_QUORUM);
        assertThat(new Tally(5, 0, 0, 5, 9).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void countsCannotBeNegative() {
        assertThatThrownBy(() -> new Tally(-1, 0, 0, 2, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
