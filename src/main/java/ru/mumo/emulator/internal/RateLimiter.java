package ru.mumo.emulator.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's documented sending limits: about one message per second to a private chat, 20 per minute to a
 * group, 30 per second overall. Off by default because Telegram tolerates short bursts that a strict check
 * would reject; tests of a bot's throttling switch it on.
 */
public final class RateLimiter {

    private static final long SECOND = 1_000_000_000L;
    private static final Window GLOBAL = new Window(30, SECOND);
    private static final Window PRIVATE_CHAT = new Window(1, SECOND);
    private static final Window GROUP = new Window(20, 60 * SECOND);

    private record Window(int limit, long nanos) {
    }

    private final Map<Long, Deque<Long>> perChat = new HashMap<>();
    private final Deque<Long> overall = new ArrayDeque<>();
    private boolean strict;

    public synchronized void setStrict(boolean strict) {
        this.strict = strict;
        perChat.clear();
        overall.clear();
    }

    /** Counts one message to the chat, or refuses it with 429 and the seconds until it would be allowed. */
    synchronized void acquire(long chatId) throws ApiException {
        if (!strict) {
            return;
        }
        long now = System.nanoTime();
        Deque<Long> chat = perChat.computeIfAbsent(chatId, id -> new ArrayDeque<>());
        Window chatWindow = chatId > 0 ? PRIVATE_CHAT : GROUP;
        long wait = Math.max(waitNanos(chat, chatWindow, now), waitNanos(overall, GLOBAL, now));
        if (wait > 0) {
            throw ApiException.tooManyRequests((int) Math.max(1, (wait + SECOND - 1) / SECOND), false);
        }
        chat.addLast(now);
        overall.addLast(now);
    }

    private static long waitNanos(Deque<Long> sent, Window window, long now) {
        while (!sent.isEmpty() && now - sent.peekFirst() >= window.nanos()) {
            sent.pollFirst();
        }
        return sent.size() < window.limit() ? 0 : sent.peekFirst() + window.nanos() - now;
    }
}
