package ru.mumo.telegram.internal.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * One of Telegram's sending limits as the generic cell rate algorithm: a bucket keeps a single time, the
 * theoretical time of its next send, so the limit can live in a database row that every instance shares. A send
 * is allowed once that time is no more than {@code burst - 1} intervals ahead of now; each send moves it one
 * interval on.
 */
record Pace(Duration interval, int burst) {

    /** About {@code perSecond} messages a second overall, with a burst of as many. */
    static Pace global(int perSecond) {
        return new Pace(Duration.ofNanos(1_000_000_000L / Math.max(1, perSecond)), Math.max(1, perSecond));
    }

    /** About one message a second to a private chat, short bursts of three tolerated; 20 a minute to a group. */
    static Pace chat(long chatId, Duration privateInterval) {
        return chatId < 0 ? new Pace(Duration.ofSeconds(3), 20) : new Pace(privateInterval, 3);
    }

    /** How the bucket of a chat is named in {@code send_pace}: this and the chat id. */
    static final String CHAT_BUCKET = "chat:";

    static String chatBucket(long chatId) {
        return CHAT_BUCKET + chatId;
    }

    /** The earliest time a send is allowed; {@code next} is the bucket's stored time, null for a fresh bucket. */
    Instant allowedFrom(Instant next) {
        return next == null ? Instant.MIN : next.minus(interval.multipliedBy(burst - 1L));
    }

    boolean allows(Instant next, Instant now) {
        return !allowedFrom(next).isAfter(now);
    }

    /** The bucket's time after one more send at {@code now}. */
    Instant after(Instant next, Instant now) {
        return (next == null || next.isBefore(now) ? now : next).plus(interval);
    }
}
