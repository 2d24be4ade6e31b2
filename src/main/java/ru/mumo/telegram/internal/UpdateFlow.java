package ru.mumo.telegram.internal;

import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * Whether this instance takes updates as it should: when it last took some (a successful getUpdates, a webhook
 * delivery, or Telegram saying nothing waits for the webhook), whether it is meant to (it holds the polling
 * lease, or runs in webhook mode), and whether Telegram answers at all. Health reads it; the polling supervisor
 * restarts a polling task that fell silent.
 */
@Component
public class UpdateFlow {

    private volatile boolean expected;
    private volatile long takenAt = System.nanoTime();
    private volatile boolean reachable = true;
    private volatile long busySince;

    /** What health reports about taking updates. */
    public enum State { STANDBY, FLOWING, STALLED, TELEGRAM_UNREACHABLE }

    /** This instance should be taking updates from now on (or, with false, another instance does). */
    void expect(boolean expected) {
        if (expected && !this.expected) {
            takenAt = System.nanoTime();
        }
        this.expected = expected;
    }

    /** Updates were received or confirmed absent just now. */
    void taken() {
        takenAt = System.nanoTime();
    }

    /** Telegram answered a call (with anything but a server error). */
    void answered() {
        reachable = true;
    }

    /** A call to Telegram found no server, or a server error. */
    void unreachable() {
        reachable = false;
    }

    void busy(boolean busy) {
        busySince = busy ? System.nanoTime() : 0;
    }

    /** Nothing taken for longer than {@code timeout}; an update that stays in processing that long counts too. */
    boolean silentFor(Duration timeout) {
        return silence().compareTo(timeout) > 0;
    }

    boolean busy() {
        return busySince != 0;
    }

    public State state(Duration timeout) {
        if (!expected) {
            return State.STANDBY;
        }
        if (!silentFor(timeout)) {
            return State.FLOWING;
        }
        return reachable ? State.STALLED : State.TELEGRAM_UNREACHABLE;
    }

    public Duration silence() {
        long since = busySince != 0 && busySince - takenAt > 0 ? busySince : takenAt;
        return Duration.ofNanos(System.nanoTime() - since);
    }
}
