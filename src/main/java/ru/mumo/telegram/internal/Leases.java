package ru.mumo.telegram.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Time-limited leases in the database, so that with several instances on one database exactly one polls
 * Telegram (Telegram refuses two pollers) and exactly one sends the outbox (one place keeps the rate limits).
 */
@Component
public class Leases {

    private static final Logger log = LoggerFactory.getLogger(Leases.class);

    public static final String LONG_POLLING = "long-polling";
    public static final String OUTBOX_SENDER = "outbox-sender";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();

    Leases(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes or renews the lease; true while this instance holds it. */
    public boolean hold(String name, Duration ttl) {
        Instant now = clock.instant();
        return jdbc.update("update lease set holder = ?, expires_at = ? where name = ? and (holder = ? or expires_at < ?)",
                instance, Timestamp.from(now.plus(ttl)), name, instance, Timestamp.from(now)) == 1;
    }

    /** Lets another instance take over at once; harmless to miss, since the lease also expires. */
    public void release(String name) {
        try {
            jdbc.update("update lease set expires_at = ? where name = ? and holder = ?",
                    Timestamp.from(Instant.EPOCH), name, instance);
        } catch (DataAccessException e) {
            log.debug("Could not release lease {}; it expires by itself", name, e);
        }
    }
}
