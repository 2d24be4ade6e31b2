package ru.mumo.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The decision rule of T 2.4 at its boundaries. */
class TallyTests {

    @Test
    void fourForOfSevenPresentPasses() {
        assertThat(new Tally(4, 3, 0, 9, 7).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void threeForThreeAgainstOneAbstainOfSevenFails() {
        Tally tally = new Tally(3, 3, 1, 9, 7);
        assertThat(tally.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(tally.voted()).isEqualTo(7);
    }

    @Test
    void abstentionsAndNonVotesWeighAgainst() {
        assertThat(new Tally(3, 0, 4, 9, 7).outcome()).isEqualTo(Outcome.FAILED);
        Tally silent = new Tally(3, 1, 0, 9, 7);
        assertThat(silent.notVoted()).isEqualTo(3);
        assertThat(silent.outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aTieFails() {
        assertThat(new Tally(3, 3, 0, 10, 6).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(new Tally(4, 2, 0, 10, 6).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void withoutQuorumNoDecisionIsTakenWhateverTheCounts() {
        Tally tally = new Tally(5, 0, 0, 10, 5);
        assertThat(tally.quorate()).isFalse();
        assertThat(tally.outcome()).isEqualTo(Outcome.NO_QUORUM);
        assertThat(new Tally(5, 0, 0, 9, 5).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void countsCannotBeNegative() {
        assertThatThrownBy(() -> new Tally(-1, 0, 0, 3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
