package ru.mumo.telegram.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Processes each update exactly once, whether it came by long polling or by webhook: the update's id is inserted
 * in the same transaction as everything the update causes, so an update delivered again (after a crash, a
 * restart, or to a second instance) finds its id taken and changes nothing. Whatever goes wrong in processing,
 * an exception or an {@link Error}, rolls the update's work back and records it with an apology instead, so no
 * update can stop the ones behind it. Only when even that cannot be recorded (the database is down) does the
 * caller hear of it, and must not confirm the update to Telegram.
 */
@Component
public class UpdateProcessor {

    private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);

    /** How processing ended; {@code FAILED} means rolled back and apologised for. */
    public enum Outcome { PROCESSED, FAILED, DUPLICATE }

    /** Not even the apology could be recorded: the update must come again. */
    public static final class NotRecorded extends RuntimeException {
        NotRecorded(Throwable cause) {
            super("Update could not be recorded", cause);
        }
    }

    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final Dispatcher dispatcher;
    private final Clock clock;
    private final MeterRegistry meters;

    UpdateProcessor(TransactionTemplate tx, JdbcTemplate jdbc, Dispatcher dispatcher, Clock clock,
            MeterRegistry meters) {
        this.tx = tx;
        this.jdbc = jdbc;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.meters = meters;
    }

    public Outcome process(Update update) {
        Timer.Sample sample = Timer.start(meters);
        Outcome outcome = null;
        try {
            outcome = dispatch(update);
            return outcome;
        } finally {
            String kind = kind(update);
            String result = outcome == null ? "not_recorded" : outcome.name().toLowerCase(Locale.ROOT);
            sample.stop(meters.timer("mumo.updates.processing", "kind", kind, "outcome", result));
            meters.counter("mumo.updates", "kind", kind, "outcome", result).increment();
        }
    }

    private Outcome dispatch(Update update) {
        try {
            tx.executeWithoutResult(status -> {
                markProcessed(update);
                dispatcher.dispatch(update);
            });
            return Outcome.PROCESSED;
        } catch (AlreadyProcessed e) {
            log.debug("Update {} was already processed; skipped", update.getUpdateId());
            return Outcome.DUPLICATE;
        } catch (Throwable e) {
            log.error("Update {} failed; the person gets an apology and nothing of it is kept", update.getUpdateId(), e);
            return apologise(update);
        }
    }

    private Outcome apologise(Update update) {
        try {
            tx.executeWithoutResult(status -> {
                markProcessed(update);
                dispatcher.apologise(update);
            });
            return Outcome.FAILED;
        } catch (AlreadyProcessed again) {
            log.debug("Update {} was processed meanwhile", update.getUpdateId());
            return Outcome.DUPLICATE;
        } catch (Throwable e) {
            log.error("Update {}: the apology failed too; recording the update without it", update.getUpdateId(), e);
        }
        try {
            tx.executeWithoutResult(status -> markProcessed(update));
            return Outcome.FAILED;
        } catch (AlreadyProcessed again) {
            return Outcome.DUPLICATE;
        } catch (Throwable e) {
            throw new NotRecorded(e);
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

    private static String kind(Update update) {
        return update.hasMessage() ? "message" : update.hasCallbackQuery() ? "callback_query" : "other";
    }

    private static final class AlreadyProcessed extends RuntimeException {
        AlreadyProcessed() {
            super(null, null, false, false);
        }
    }
}
