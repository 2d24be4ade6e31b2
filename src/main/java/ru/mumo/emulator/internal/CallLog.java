package ru.mumo.emulator.internal;

import ru.mumo.emulator.ApiCall;

import java.util.ArrayList;
import java.util.List;

/** Every call the emulator answered, in arrival order of the answers. */
public final class CallLog {

    private final List<ApiCall> calls = new ArrayList<>();
    private final List<String> arrivals = new ArrayList<>();

    synchronized void add(ApiCall call) {
        calls.add(call);
    }

    /** A request came in; it is {@linkplain #add recorded} only when answered, which for a long poll is much later. */
    synchronized void arrived(String method) {
        arrivals.add(method);
    }

    /** The methods of the requests received so far, in arrival order, answered or not. */
    public synchronized List<String> arrivals() {
        return List.copyOf(arrivals);
    }

    public synchronized List<ApiCall> all() {
        return List.copyOf(calls);
    }

    /**
     * The calls Telegram would have refused because of the bot, not because a test injected a fault. A 409 is
     * left out: it only tells a poll that a newer one took over, which also happens when the previous poller
     * merely disconnected (the JDK server cannot notice that while the poll waits).
     */
    public synchronized List<ApiCall> rejected() {
        return calls.stream().filter(c -> c.httpStatus() >= 400 && c.httpStatus() < 500 && c.httpStatus() != 409
                && !c.injected()).toList();
    }

    public synchronized void clear() {
        calls.clear();
        arrivals.clear();
    }
}
