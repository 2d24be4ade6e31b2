package ru.mumo.telegram.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ru.mumo.shared.Messages;
import ru.mumo.shared.Refusal;
import ru.mumo.telegram.internal.outbox.Outbox;

/**
 * Builds the documents people asked for ({@link DocumentRequests}), on threads of its own, on every instance. A
 * worker locks the oldest open request ({@code FOR UPDATE SKIP LOCKED}, so two workers or instances never build the
 * same one), builds it and writes it to the outbox, and marks it done, all in one transaction: a crash in between
 * rolls everything back and the request is built again, once. A build that fails is tried again a few times and
 * then given up with an apology.
 */
@Component
class DocumentWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DocumentWorker.class);
    private static final int THREADS = 2;
    private static final int MAX_ATTEMPTS = 3;
    private static final Duration POLL = Duration.ofSeconds(1);

    private record Job(long id, long chatId, String kind, String argument, Long associationId) {
    }

    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final Callers callers;
    private final Outbox outbox;
    private final Messages messages;
    private final Clock clock;
    private final ObjectProvider<DocumentMaker> makerBeans;
    private final Wakeup wakeup = new Wakeup();
    private final List<Thread> threads = new ArrayList<>();
    private volatile Map<String, DocumentMaker> makers;
    private volatile boolean running;

    DocumentWorker(TransactionTemplate tx, JdbcTemplate jdbc, Callers callers, Outbox outbox, Messages messages,
            Clock clock, ObjectProvider<DocumentMaker> makerBeans) {
        this.tx = tx;
        this.jdbc = jdbc;
        this.callers = callers;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
        this.makerBeans = makerBeans;
    }

    /** A request was committed: build it now rather than at the next poll. */
    void wake() {
        wakeup.wake();
    }

    @Override
    public void start() {
        running = true;
        for (int i = 1; i <= THREADS; i++) {
            Thread thread = new Thread(this::run, "documents-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    @Override
    public void stop() {
        running = false;
        wake();
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            boolean built;
            try {
                built = buildOne();
            } catch (Throwable e) {
                // The database may be down; a request being built stays open and is taken again.
                log.warn("Document worker round failed; retrying", e);
                built = false;
            }
            if (!built && running && !wakeup.sleep(POLL)) {
                running = false;
            }
        }
    }

    /** Builds the oldest open request; false when there was none, or the build failed (to pause before the next). */
    private boolean buildOne() {
        AtomicReference<Job> taken = new AtomicReference<>();
        try {
            return Boolean.TRUE.equals(tx.execute(status -> {
                List<Job> jobs = jdbc.query("""
                        select id, chat_id, kind, argument, association_id from document_request
                        where done_at is null order by id fetch first 1 rows only for update skip locked""",
                        (rs, i) -> new Job(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getObject(5) == null ? null : rs.getLong(5)));
                if (jobs.isEmpty()) {
                    return false;
                }
                taken.set(jobs.get(0));
                make(jobs.get(0));
                done(jobs.get(0));
                return true;
            }));
        } catch (RuntimeException | Error e) {
            if (taken.get() == null) {
                throw e;
            }
            log.error("Document request {} ({}) failed", taken.get().id(), taken.get().kind(), e);
            failed(taken.get());
            return false;
        }
    }

    private void make(Job job) {
        Caller caller = callers.resolve(job.chatId(), null);
        if (job.associationId() != null) {
            caller = callers.actingIn(caller, job.associationId());
        }
        Request request = new Request(caller, job.argument(), null, null, null, outbox, messages);
        DocumentMaker maker = makers().get(job.kind());
        if (maker == null) {
            log.warn("Document request {} of unknown kind {} dropped", job.id(), job.kind());
        } else if (!maker.access().allows(caller)) {
            request.reply(caller.registered() ? "error.role" : "error.stranger.command");
        } else {
            try {
                maker.make(request);
            } catch (InactiveButton e) {
                request.reply("document.gone");
            } catch (Refusal e) {
                request.reply(e.messageKey());
            }
        }
    }

    private void done(Job job) {
        jdbc.update("update document_request set done_at = ? where id = ?", Timestamp.from(clock.instant()), job.id());
    }

    /**
     * Counts a failed build, unless another worker built the request meanwhile; the failure that reaches the limit
     * ends the request with an apology. The count is the row's, not the one read when the build began: another
     * thread may have failed the same request in between.
     */
    private void failed(Job job) {
        tx.executeWithoutResult(status -> {
            jdbc.update("update document_request set attempts = attempts + 1 where id = ? and done_at is null",
                    job.id());
            boolean last = jdbc.update("update document_request set done_at = ? "
                    + "where id = ? and done_at is null and attempts >= ?",
                    Timestamp.from(clock.instant()), job.id(), MAX_ATTEMPTS) == 1;
            if (last) {
                Caller caller = callers.resolve(job.chatId(), null);
                outbox.send(job.chatId(), messages.text(caller.language(), "error.internal"), null);
            }
        });
    }

    private Map<String, DocumentMaker> makers() {
        if (makers == null) {
            makers = makerBeans.stream().collect(Collectors.toMap(DocumentMaker::kind, Function.identity()));
        }
        return makers;
    }
}
