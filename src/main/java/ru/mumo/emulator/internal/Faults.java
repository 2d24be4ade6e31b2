package ru.mumo.emulator.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Errors a test asked for, to check how the bot copes with Telegram failing. */
public final class Faults {

    private final Map<String, Deque<ApiException>> next = new HashMap<>();
    private final Map<String, Integer> broken = new HashMap<>();
    private volatile boolean available = true;

    public synchronized void failNext(String method, ApiException error) {
        next.computeIfAbsent(method, m -> new ArrayDeque<>()).addLast(error);
    }

    synchronized void throwIfScheduled(String method) throws ApiException {
        Deque<ApiException> queued = next.get(method);
        if (queued != null && !queued.isEmpty()) {
            throw queued.pollFirst();
        }
    }

    /** The next valid call of that method is answered "ok" without a result, as no Telegram server ever does. */
    public synchronized void breakNext(String method) {
        broken.merge(method, 1, Integer::sum);
    }

    synchronized boolean takeBroken(String method) {
        Integer count = broken.get(method);
        if (count == null) {
            return false;
        }
        if (count == 1) {
            broken.remove(method);
        } else {
            broken.put(method, count - 1);
        }
        return true;
    }

    public void setAvailable(boolean available) {
        this.available = available;
    }

    boolean available() {
        return available;
    }

    public synchronized void reset() {
        next.clear();
        broken.clear();
        available = true;
    }
}
