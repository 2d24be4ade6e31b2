package ru.mumo.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import ru.mumo.meetings.Reminder.Decision;

class ReminderTests {

    private static final Instant START = Instant.parse("2026-12-25T12:00:00Z");
    private final Reminder dayBefore = new Reminder(1, Duration.ofHours(24), Reminder.Kind.FORECAST, START);

    @Test
    void firesTheOffsetBeforeTheStart() {
        assertThat(dayBefore.getFireAt()).isEqualTo(Instant.parse("2026-12-24T12:00:00Z"));
        assertThat(dayBefore.getOffset()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void waitsUntilItsTime() {
        assertThat(dayBefore.decide(dayBefore.getFireAt().minusSeconds(1), MeetingStatus.SCHEDULED, START))
                .isEqualTo(Decision.WAIT);
    }

    @Test
    void isSentFromItsTimeOn() {
        assertThat(dayBefore.decide(dayBefore.getFireAt(), MeetingStatus.SCHEDULED, START)).isEqualTo(Decision.SEND);
    }

    @Test
    void missedWhileDownIsStillSentBeforeTheStart() {
        assertThat(dayBefore.decide(START.minusSeconds(60), MeetingStatus.SCHEDULED, START)).isEqualTo(Decision.SEND);
    }

    @Test
    void isDroppedOnceTheMeetingHasStarted() {
        assertThat(dayBefore.decide(START, MeetingStatus.SCHEDULED, START)).isEqualTo(Decision.DROP);
        assertThat(dayBefore.decide(START.minusSeconds(60), MeetingStatus.OPEN, START)).isEqualTo(Decision.DROP);
    }

    @Test
    void isDroppedForACancelledMeeting() {
        assertThat(dayBefore.decide(dayBefore.getFireAt(), MeetingStatus.CANCELLED, START)).isEqualTo(Decision.DROP);
    }

    @Test
    void isNeverSentTwice() {
        dayBefore.sent(dayBefore.getFireAt());
        assertThat(dayBefore.decide(dayBefore.getFireAt().plusSeconds(5), MeetingStatus.SCHEDULED, START))
                .isEqualTo(Decision.DONE);
    }
}
