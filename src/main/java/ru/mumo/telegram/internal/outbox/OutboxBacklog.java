package ru.mumo.telegram.internal.outbox;

import java.time.Duration;
import java.time.OffsetDateTime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How much the outbox holds and how long its oldest due row has waited, in the database's time, for health and
 * metrics. A row waiting for a retry is pending but not due; a row behind another in its chat is due and waits.
 * Read at most once a second however often health and Prometheus ask.
 */
@Component
public class OutboxBacklog {

    private static final long FRESH_NANOS = 1_000_000_000L;

    private final JdbcTemplate jdbc;
    private volatile Snapshot last;
    private volatile long readAt;

    /** {@code oldestDue} is zero when nothing is due. */
    public record Snapshot(long pending, Duration oldestDue) {
    }

    OutboxBacklog(JdbcTemplate jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        Gauge.builder("mumo.outbox.backlog", this, b -> b.snapshot().pending())
                .description("Outbox rows not yet sent (due or waiting for a retry)").register(meters);
        Gauge.builder("mumo.outbox.oldest.age", this, b -> b.snapshot().oldestDue().toMillis() / 1000.0)
                .baseUnit("seconds").description("How long the oldest due outbox row has waited").register(meters);
    }

    public Snapshot snapshot() {
        Snapshot snapshot = last;
        if (snapshot == null || System.nanoTime() - readAt > FRESH_NANOS) {
            snapshot = read();
            last = snapshot;
            readAt = System.nanoTime();
        }
        return snapshot;
    }

    private Snapshot read() {
        return jdbc.queryForObject("""
                select count(*), min(case when next_attempt_at is null or next_attempt_at <= current_timestamp
                                          then coalesce(next_attempt_at, queued_at) end), current_timestamp
                from outbox_message where status = 'PENDING'""",
                (rs, i) -> {
                    OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
                    OffsetDateTime now = rs.getObject(3, OffsetDateTime.class);
                    return new Snapshot(rs.getLong(1), oldest == null ? Duration.ZERO
                            : Duration.between(oldest, now).isNegative() ? Duration.ZERO : Duration.between(oldest, now));
                });
    }
}
