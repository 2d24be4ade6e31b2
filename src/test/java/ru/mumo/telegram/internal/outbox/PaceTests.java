package ru.mumo.telegram.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Telegram's limits as one stored time per bucket. */
class PaceTests {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void aPrivateChatGetsOneMessageASecond() {
        Pace chat = Pace.chat(7, Duration.ofSeconds(1));
        Instant next = null;
        assertThat(chat.allows(next, NOW)).isTrue();
        next = chat.after(next, NOW);
        assertThat(chat.allows(next, NOW)).isFalse();
        assertThat(chat.allows(next, NOW.plusMillis(999))).isFalse();
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
    void aLittleUnderThirtyInAnySecondOverallEvenAfterAQuietMoment() {
        Pace global = Pace.global(30);
        Instant next = global.after(null, NOW.minusSeconds(3600));
        java.util.List<Instant> sent = new java.util.ArrayList<>();
        for (int millis = 0; millis < 3_000; millis++) {
            Instant now = NOW.plusMillis(millis);
            while (global.allows(next, now)) {
                next = global.after(next, now);
                sent.add(now);
            }
        }
        for (int i = 0; i + 29 < sent.size(); i++) {
            assertThat(Duration.between(sent.get(i), sent.get(i + 29))).as("30 sends span at least 29 intervals")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(29 * 34));
        }
        assertThat(sent.size()).as("about 29 a second").isBetween(86, 88);
    }

    @Test
    void aQuietBucketDoesNotSaveUp() {
        Pace chat = Pace.chat(7, Duration.ofSeconds(1));
        Instant next = chat.after(null, NOW.minusSeconds(3600));
        int sent = 0;
        while (chat.allows(next, NOW)) {
            next = chat.after(next, NOW);
            sent++;
        }
        assertThat(sent).isEqualTo(1);
    }
}
