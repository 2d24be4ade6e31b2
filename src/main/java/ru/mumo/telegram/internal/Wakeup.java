package ru.mumo.telegram.internal;

import java.time.Duration;

/**
 * Lets a worker thread sleep until there is work or a time has passed: a wake-up that comes while the thread is busy
 * is not lost, the next sleep returns at once.
 */
public final class Wakeup {

    private final Object signal = new Object();
    private boolean woken;

    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** Sleeps for {@code duration} unless woken meanwhile or since the last sleep; false if interrupted. */
    public boolean sleep(Duration duration) {
        synchronized (signal) {
            try {
                if (!woken) {
                    signal.wait(Math.max(1, duration.toMillis()));
                }
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                woken = false;
            }
        }
    }
}
