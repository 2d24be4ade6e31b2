package ru.mumo.telegram.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Telegram's limits as one stored time per bucket. */
class PaceTests {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void aPrivateChatGetsAShortBurstThenOneMessageASecond() {
        Pace chat = Pace.chat(7, Duration.ofSeconds(1));
        Instant next = null;
        for (int i = 0; i < 3; i++) {
            assertThat(chat.allows(next, NOW)).isTrue();
            next = chat.after(next, NOW);
        }
        assertThat(chat.allows(next, NOW)).isFalse();
        assertThat(chat.allowedFrom(next)).isEqualTo(NOW.plusSeconds(1));
        assertThat(chat.allows(next, NOW.plusSeconds(1))).isTrue();
    }

    @Test
    void aGroupGetsTwentyAMinute() {
        Pace group = Pace.chat(-100, Duration.ofSeconds(1));
        Instant next = null;
        int sent = 0;
        for (int i = 0; i < 30; i++) {
            if (group.allows(next, NOW)) {
                next = group.after(next, NOW);
                sent++;
            }
        }
        assertThat(sent).isEqualTo(20);
        assertThat(group.allowedFrom(next)).isEqualTo(NOW.plusSeconds(3));
    }

    @Test
    void noMoreThanThirtyASecondOverallOnceTheBurstIsSpent() {
        Pace global = Pace.global(30);
        Instant next = null;
        int sent = 0;
        for (int millis = 0; millis < 2_000; millis++) {
            Instant now = NOW.plusMillis(millis);
            while (global.allows(next, now)) {
                next = global.after(next, now);
                sent++;
            }
        }
        assertThat(sent).isBetween(30 + 59, 30 + 60);
    }

    @Test
    void aQuietBucketDoesNotSaveUpMoreThanItsBurst() {
        Pace chat = Pace.chat(7, Duration.ofSeconds(1));
        Instant next = chat.after(null, NOW.minusSeconds(3600));
        int sent = 0;
        while (chat.allows(next, NOW)) {
            next = chat.after(next, NOW);
            sent++;
        }
        assertThat(sent).isEqualTo(3);
    }
}
