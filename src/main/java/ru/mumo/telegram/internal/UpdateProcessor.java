package ru.mumo.telegram.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Processes each update exactly once: the update's id is inserted in the same transaction as everything the
 * update causes, so an update delivered again (after a crash, a restart, or by a second instance) finds its
 * id taken and changes nothing.
 */
@Component
class UpdateProcessor {

    private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);

    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final Dispatcher dispatcher;
    private final Clock clock;

    UpdateProcessor(TransactionTemplate tx, JdbcTemplate jdbc, Dispatcher dispatcher, Clock clock) {
        this.tx = tx;
        this.jdbc = jdbc;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    void process(Update update) {
        try {
            tx.executeWithoutResult(status -> {
                markProcessed(update);
                dispatcher.dispatch(update);
            });
        } catch (AlreadyProcessed e) {
            log.debug("Update {} was already processed; skipped", update.getUpdateId());
        } catch (RuntimeException e) {
            log.error("Update {} failed; the person gets an apology and nothing of it is kept", update.getUpdateId(), e);
            try {
                tx.executeWithoutResult(status -> {
                    markProcessed(update);
                    dispatcher.apologise(update);
                });
            } catch (AlreadyProcessed again) {
                log.debug("Update {} was processed meanwhile", update.getUpdateId());
            }
        }
    }

    private void markProcessed(Update update) {
        try {
            jdbc.update("insert into processed_update (update_id, processed_at) values (?, ?)",
                    update.getUpdateId().longValue(), Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new AlreadyProcessed();
        }
    }

    private static final class AlreadyProcessed extends RuntimeException {
        AlreadyProcessed() {
            super(null, null, false, false);
        }
    }
}
