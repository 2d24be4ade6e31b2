package ru.mumo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuorumTests {

    @ParameterizedTest(name = "{0} members need {1}")
    @CsvSource({"9, 5", "10, 6", "11, 6", "3, 2", "4, 3", "1, 1", "0, 1"})
    void moreThanHalfOfTheMembersIsNeeded(int members, int needed) {
        assertThat(Quorum.of(members, 0).needed()).isEqualTo(needed);
    }

    @ParameterizedTest(name = "{1} of {0} present: quorate {2}")
    @CsvSource({
            "9, 4, false", "9, 5, true",
            "10, 5, false", "10, 6, true",
            "11, 5, false", "11, 6, true", "11, 11, true"})
    void quorateFromTheNeededNumberOn(int members, int present, boolean quorate) {
        assertThat(Quorum.of(members, present).quorate()).isEqualTo(quorate);
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> Quorum.of(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theForecastCountsConfirmedMembers() {
        RsvpSummary summary = new RsvpSummary(11, 4, 2, List.of(1L, 2L, 3L, 4L, 5L));
        assertThat(summary.forecast()).isEqualTo(Quorum.of(11, 4));
        assertThat(summary.forecast().needed()).isEqualTo(6);
        assertThat(summary.forecast().quorate()).isFalse();
    }
}
