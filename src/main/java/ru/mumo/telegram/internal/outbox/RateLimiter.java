package ru.mumo.telegram.internal.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Keeps the sender under Telegram's limits: about 30 messages a second overall, about one a second to a
 * private chat (short bursts of three tolerated), 20 a minute to a group. Token buckets on a monotonic clock;
 * the state is only pacing, so losing it on a restart or failover is harmless.
 */
final class RateLimiter {

    private static final double PRIVATE_BURST = 3;
    private static final double GROUP_PER_SECOND = 20.0 / 60;
    private static final double GROUP_BURST = 20;

    private final LongSupplier nanoTime;
    private final double privatePerSecond;
    private final Bucket global;
    private final Map<Long, Bucket> chats = new HashMap<>();

    RateLimiter(Duration perChatInterval, int globalPerSecond, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.privatePerSecond = 1_000_000_000.0 / Math.max(1, perChatInterval.toNanos());
        this.global = new Bucket(globalPerSecond, globalPerSecond, nanoTime.getAsLong());
    }

    /**
     * Takes a token for a send to {@code chatId} ({@code null} for calls that only count globally) and returns
     * zero, or else how long to wait before trying again; nothing is taken when a wait is returned.
     */
    synchronized Duration acquire(Long chatId) {
        long now = nanoTime.getAsLong();
        Bucket chat = chatId == null ? null : chats.computeIfAbsent(chatId, id -> id < 0
                ? new Bucket(GROUP_PER_SECOND, GROUP_BURST, now)
                : new Bucket(privatePerSecond, PRIVATE_BURST, now));
        long wait = Math.max(global.waitNanos(now), chat == null ? 0 : chat.waitNanos(now));
        if (wait > 0) {
            return Duration.ofNanos(wait);
        }
        global.take();
        if (chat != null) {
            chat.take();
        }
        if (chats.size() > 10_000) {
            chats.values().removeIf(b -> b.isFull(now));
        }
        return Duration.ZERO;
    }

    private static final class Bucket {
        private final double perSecond;
        private final double capacity;
        private double tokens;
        private long updatedAt;

        Bucket(double perSecond, double capacity, long now) {
            this.perSecond = perSecond;
            this.capacity = capacity;
            this.tokens = capacity;
            this.updatedAt = now;
        }

        long waitNanos(long now) {
            refill(now);
            return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perSecond * 1e9);
        }

        void take() {
            tokens -= 1;
        }

        boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) / 1e9 * perSecond);
            updatedAt = now;
        }
    }
}
