package ru.mumo.telegram.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Time-limited leases in the database, so that with several instances on one database exactly one polls
 * Telegram (Telegram refuses two pollers). Expiry is in the database's time, so instances whose clocks differ
 * never take a live lease from each other.
 */
@Component
public class Leases {

    private static final Logger log = LoggerFactory.getLogger(Leases.class);

    public static final String LONG_POLLING = "long-polling";

    private final JdbcTemplate jdbc;
    private final DatabaseClock databaseClock;
    private final TransactionTemplate tx;
    private final String instance = UUID.randomUUID().toString();
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    Leases(JdbcTemplate jdbc, DatabaseClock databaseClock, TransactionTemplate tx, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.databaseClock = databaseClock;
        this.tx = tx;
        Gauge.builder("mumo.leases.active", held, Set::size)
                .description("Leases this instance holds (long polling: at most one instance in the cluster)")
                .register(meters);
    }

    /** Takes or renews the lease; true while this instance holds it. */
    public boolean hold(String name, Duration ttl) {
        boolean holds = Boolean.TRUE.equals(tx.execute(status -> {
            Instant now = databaseClock.now();
            return jdbc.update("update lease set holder = ?, expires_at = ? where name = ? and (holder = ? or expires_at < ?)",
                    instance, DatabaseClock.at(now.plus(ttl)), name, instance, DatabaseClock.at(now)) == 1;
        }));
        if (holds) {
            held.add(name);
        } else {
            held.remove(name);
        }
        return holds;
    }

    /** Lets another instance take over at once; harmless to miss, since the lease also expires. */
    public void release(String name) {
        held.remove(name);
        try {
            jdbc.update("update lease set expires_at = ? where name = ? and holder = ?",
                    DatabaseClock.at(Instant.EPOCH), name, instance);
        } catch (DataAccessException e) {
            log.debug("Could not release lease {}; it expires by itself", name, e);
        }
    }
}
