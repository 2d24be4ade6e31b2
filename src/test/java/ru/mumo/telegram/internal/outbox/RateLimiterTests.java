package ru.mumo.telegram.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTests {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(Duration.ofSeconds(1), 30, nanos::get);

    @Test
    void aPrivateChatGetsAShortBurstThenOneMessageASecond() {
        assertThat(limiter.acquire(7L)).isZero();
        assertThat(limiter.acquire(7L)).isZero();
        assertThat(limiter.acquire(7L)).isZero();
        Duration wait = limiter.acquire(7L);
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
        nanos.addAndGet(wait.toNanos());
        assertThat(limiter.acquire(7L)).isZero();
        assertThat(limiter.acquire(7L)).isPositive();
    }

    @Test
    void otherChatsAreNotHeldUpByABusyOne() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire(7L);
        }
        assertThat(limiter.acquire(7L)).isPositive();
        assertThat(limiter.acquire(8L)).isZero();
    }

    @Test
    void noMoreThanThirtyASecondOverall() {
        int sent = 0;
        for (long chat = 1; chat <= 100; chat++) {
            if (limiter.acquire(chat).isZero()) {
                sent++;
            }
        }
        assertThat(sent).isEqualTo(30);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(limiter.acquire(101L)).isZero();
    }

    @Test
    void aGroupGetsTwentyAMinute() {
        int sent = 0;
        for (int i = 0; i < 25; i++) {
            if (limiter.acquire(-100L).isZero()) {
                sent++;
            }
            nanos.addAndGet(Duration.ofMillis(100).toNanos());
        }
        assertThat(sent).isEqualTo(20);
        assertThat(limiter.acquire(-100L)).isPositive();
    }

    @Test
    void callsOutsideAnyChatCountOnlyGlobally() {
        for (int i = 0; i < 30; i++) {
            assertThat(limiter.acquire(null)).isZero();
        }
        assertThat(limiter.acquire(null)).isPositive();
    }
}
