package ru.mumo.telegram.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Heavy documents asked for by a command or a button: the request is recorded in the transaction of the update
 * that made it (so a crash loses it no more than the update) and built by {@link DocumentWorker}, so the update and
 * the people behind it are not held up. One person gets one document at a time, and a few a minute; asking for
 * more gets a polite answer instead.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class DocumentRequests {

    static final int PER_MINUTE = 4;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DocumentWorker worker;

    DocumentRequests(JdbcTemplate jdbc, Clock clock, DocumentWorker worker) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.worker = worker;
    }

    /**
     * Asks for a document of {@code kind} about {@code argument}, built as the caller acting in {@code associationId}
     * sees it. Returns false, having told the person why, when they already wait for one or asked too often.
     */
    public boolean request(Request request, String kind, long associationId, Object argument) {
        Instant now = clock.instant();
        long chatId = request.chatId();
        if (count("chat_id = ? and done_at is null", chatId) > 0) {
            request.refuse("document.busy");
            return false;
        }
        if (count("chat_id = ? and requested_at > ?", chatId, Timestamp.from(now.minus(Duration.ofMinutes(1))))
                >= PER_MINUTE) {
            request.refuse("document.too.often");
            return false;
        }
        jdbc.update("insert into document_request (chat_id, kind, argument, association_id, requested_at, attempts) "
                + "values (?, ?, ?, ?, ?, 0)", chatId, kind, String.valueOf(argument), associationId, Timestamp.from(now));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wake();
                }
            });
        }
        return true;
    }

    /** Requests not yet built, of everyone. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public long pending() {
        return count("done_at is null");
    }

    @EventListener
    void on(ChatForgotten event) {
        jdbc.update("delete from document_request where chat_id = ?", event.chatId());
    }

    private long count(String where, Object... arguments) {
        return jdbc.queryForObject("select count(*) from document_request where " + where, Long.class, arguments);
    }
}
