package ru.mumo.telegram.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The database's time, which every instance on one database shares. Leases, outbox claims and the sending pace
 * are compared against it, never against an instance's own clock: two machines whose clocks drift apart by
 * seconds would otherwise take each other's leases. (Domain time, what is due by the regulation, stays with
 * the injected application {@link java.time.Clock}.)
 */
@Component
public class DatabaseClock {

    private final JdbcTemplate jdbc;

    public DatabaseClock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Within a transaction, the time its first statement began (PostgreSQL and H2 alike). */
    public Instant now() {
        return jdbc.queryForObject("select current_timestamp", OffsetDateTime.class).toInstant();
    }

    /** A value for a {@code TIMESTAMP WITH TIME ZONE} parameter, read the same way by both databases. */
    public static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
