package ru.mumo.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs with real time but can be moved forward, so that a rehearsal or a test can jump to the
 * eve of a deadline and watch the reminders fire, while timeouts and back-offs keep flowing.
 */
public final class ShiftableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    public ShiftableClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    private ShiftableClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    public void shift(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }

    /** Moves the clock so that it now shows {@code instant} (forward only, so nothing already due is undone). */
    public void moveTo(Instant instant) {
        Duration by = Duration.between(instant(), instant);
        if (by.isNegative()) {
            throw new IllegalArgumentException("The clock only moves forward");
        }
        shift(by);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ShiftableClock(base.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
