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

    /**
     * A little under {@code perSecond} messages a second overall, evenly spaced, without bursts: Telegram counts the
     * messages of any second, so a burst after a quiet moment, or sends a few milliseconds closer than planned, would
     * overrun it and earn a 429 that stops all sending for a second.
     */
    static Pace global(int perSecond) {
        return new Pace(globalInterval(perSecond), 1);
    }

    /** The spacing of messages overall: {@code perSecond} a second less 3 %, the margin for a call's jitter. */
    static Duration globalInterval(int perSecond) {
        return Duration.ofNanos(1_030_000_000L / Math.max(1, perSecond));
    }

    /**
     * The least time between two calls of one sender that count against the limit, without the margin: a call that
     * left late must not be followed at once by the next, or Telegram would count one too many in some second.
     */
    static Duration callSpacing(int perSecond) {
        return Duration.ofNanos(1_000_000_000L / Math.max(1, perSecond));
    }

    /** One message a second to a private chat, as Telegram asks, without bursts; 20 a minute to a group. */
    static Pace chat(long chatId, Duration privateInterval) {
        return chatId < 0 ? new Pace(Duration.ofSeconds(3), 20) : new Pace(privateInterval, 1);
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
