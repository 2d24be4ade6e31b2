package ru.mumo.telegram.internal.outbox;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import ru.mumo.telegram.TelegramProperties;
import ru.mumo.telegram.internal.Wakeup;
import ru.mumo.telegram.internal.outbox.Refusals.AlreadyDone;
import ru.mumo.telegram.internal.outbox.Refusals.Fail;
import ru.mumo.telegram.internal.outbox.Refusals.Retry;
import ru.mumo.telegram.internal.outbox.Refusals.SlowDown;
import ru.mumo.telegram.internal.outbox.Refusals.Unauthorized;
import ru.mumo.telegram.internal.outbox.Refusals.Unreachable;

/**
 * The loop that sends the outbox, on every instance: claims due rows within Telegram's limits ({@link
 * OutboxClaims}), makes each call ({@link TelegramCalls}) and records how it went ({@link Refusals}). A 429
 * pauses this instance for {@code retry_after}; a 401 (the token was revoked) pauses it until {@code getMe}
 * works again, and health says so meanwhile, instead of failing every row.
 */
@Component
public class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 10;

    private final OutboxClaims claims;
    private final TelegramCalls calls;
    private final OutboxMessages messages;
    private final TransactionTemplate tx;
    private final TelegramClient telegram;
    private final Reachability membership;
    private final TelegramProperties properties;
    private final MeterRegistry meters;
    /** Looked up when first needed: a watcher writes to the outbox, which wakes this sender. */
    private final ObjectProvider<DeliveryWatcher> watchers;
    private final Counter throttled;
    private final Wakeup wakeup = new Wakeup();
    private volatile boolean running;
    private volatile boolean unauthorized;
    private long pausedUntilNanos = System.nanoTime();
    private long lastPacedCallNanos = System.nanoTime();
    private Thread worker;

    OutboxSender(OutboxClaims claims, TelegramCalls calls, OutboxMessages messages, TransactionTemplate tx,
            TelegramClient telegram, Reachability membership, TelegramProperties properties,
            MeterRegistry meters, ObjectProvider<DeliveryWatcher> watchers) {
        this.claims = claims;
        this.calls = calls;
        this.messages = messages;
        this.tx = tx;
        this.telegram = telegram;
        this.membership = membership;
        this.properties = properties;
        this.meters = meters;
        this.watchers = watchers;
        this.throttled = Counter.builder("mumo.telegram.throttled")
                .description("429 Too Many Requests answers from Telegram").register(meters);
    }

    /** Whether Telegram refused the token (401); sending waits until it is accepted again. */
    public boolean unauthorized() {
        return unauthorized;
    }

    /** Called after a transaction that wrote to the outbox commits, so messages leave at once. */
    void wake() {
        wakeup.wake();
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::run, "outbox-sender");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        wake();
        try {
            worker.join(properties.callTimeout().toMillis() + 5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                pause(round());
            } catch (Throwable e) {
                // The database may be down; the rows this instance claimed go to another once their claims expire.
                log.warn("Outbox sender round failed; retrying", e);
                pause(Duration.ofSeconds(1));
            }
        }
    }

    /** Sends what is due and allowed now; returns how long to wait before the next round. */
    private Duration round() {
        long paused = pausedUntilNanos - System.nanoTime();
        if (paused > 0) {
            return Duration.ofNanos(paused);
        }
        if (unauthorized && !tokenAccepted()) {
            pauseFor(properties.leaseTtl().dividedBy(3));
            return properties.leaseTtl().dividedBy(3);
        }
        long claimedAt = System.nanoTime();
        OutboxClaims.Batch batch = claims.claim(BATCH);
        // A claim lasts leaseTtl from the database's time at the claim, and a call at most half of that: a row whose
        // call starts within a quarter of it after the claim cannot have been taken over before the call ends, and
        // needs no renewal (a commit of its own, which H2 writes to disk).
        long freshUntil = System.nanoTime() + properties.leaseTtl().toNanos() / 4;
        if (batch.ids().isEmpty()) {
            return batch.retryIn().compareTo(properties.senderPoll()) < 0 ? batch.retryIn() : properties.senderPoll();
        }
        List<OutboxMessage> rows = tx.execute(s -> messages.findAllById(batch.ids())).stream()
                .sorted(Comparator.comparing(OutboxMessage::getId)).toList();
        for (OutboxMessage row : rows) {
            if (!running || pausedUntilNanos - System.nanoTime() > 0) {
                claims.release(row.getId());
            } else if (System.nanoTime() < freshUntil || claims.renew(row.getId())) {
                deliver(row, claimedAt + batch.due(row.getId()).toNanos());
            }
        }
        return Duration.ZERO;
    }

    private void deliver(OutboxMessage row, long dueNanos) {
        if (row.getChatId() != null && membership.isUnreachable(row.getChatId())) {
            // They blocked the bot; writing again is pointless until they write to us (which clears the mark).
            claims.failed(row.getId(), "unreachable");
            count("mumo.outbox.failed", row);
            tell(row.getRefKey(), false, "unreachable");
            return;
        }
        keepPace(row, dueNanos);
        try {
            Long telegramMessageId = calls.execute(row);
            claims.sent(row.getId(), telegramMessageId);
            count("mumo.outbox.sent", row);
            tell(row.getRefKey(), true, null);
        } catch (TelegramApiException | RuntimeException e) {
            onFailure(row, Refusals.of(row.getKind(), row.getChatId(), row.getAttempts(), e));
        }
    }

    private void onFailure(OutboxMessage row, Refusals.Verdict verdict) {
        if (verdict instanceof AlreadyDone) {
            claims.sent(row.getId(), null);
            count("mumo.outbox.sent", row);
            tell(row.getRefKey(), true, null);
        } else if (verdict instanceof Retry retry) {
            claims.retry(row.getId(), retry.error(), retry.delay());
            count("mumo.outbox.retries", row);
        } else if (verdict instanceof Fail fail) {
            log.warn("Telegram refused outbox message {} ({}) for good: {}", row.getId(), row.getKind(), fail.error());
            claims.failed(row.getId(), fail.error());
            count("mumo.outbox.failed", row);
            tell(row.getRefKey(), false, fail.error());
        } else if (verdict instanceof Unreachable unreachable) {
            log.info("Chat {} is unreachable ({}); dropping its pending messages", row.getChatId(), unreachable.error());
            List<String> dropped = tx.execute(s -> {
                if (!row.forgottenOnceSent()) {
                    membership.markReachable(row.getChatId(), false);
                }
                return claims.unreachable(row.getId(), row.getChatId(), unreachable.error());
            });
            count("mumo.outbox.failed", row);
            tell(row.getRefKey(), false, unreachable.error());
            dropped.forEach(refKey -> tell(refKey, false, unreachable.error()));
        } else if (verdict instanceof SlowDown slowDown) {
            log.warn("Telegram asks to slow down for {} s", slowDown.retryAfter().toSeconds());
            throttled.increment();
            pauseFor(slowDown.retryAfter());
            claims.release(row.getId());
        } else if (verdict instanceof Unauthorized) {
            log.error("Telegram refuses the bot's token (401): sending is paused until it is accepted again; "
                    + "check TELEGRAM_BOT_TOKEN");
            unauthorized = true;
            pauseFor(properties.leaseTtl().dividedBy(3));
            claims.release(row.getId());
        }
    }

    /**
     * Waits for the row's place in the global schedule, and keeps this instance's calls that count against the global
     * limit {@link Pace#callSpacing} apart, measured at the call.
     */
    private void keepPace(OutboxMessage row, long dueNanos) {
        if (row.getKind() == OutboxMessage.Kind.ANSWER) {
            return;
        }
        long until = Math.max(dueNanos, lastPacedCallNanos + Pace.callSpacing(properties.globalRate()).toNanos());
        for (long wait = until - System.nanoTime(); wait > 0; wait = until - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
        lastPacedCallNanos = System.nanoTime();
    }

    private void tell(String refKey, boolean delivered, String error) {
        if (refKey == null) {
            return;
        }
        for (DeliveryWatcher watcher : watchers.orderedStream().toList()) {
            try {
                if (watcher.watches(refKey)) {
                    watcher.finished(refKey, delivered, error);
                }
            } catch (RuntimeException e) {
                log.warn("Delivery watcher failed on {}", refKey, e);
            }
        }
    }

    private void pauseFor(Duration duration) {
        pausedUntilNanos = System.nanoTime() + duration.toNanos();
    }

    private boolean tokenAccepted() {
        try {
            telegram.execute(new GetMe());
            log.info("Telegram accepts the bot's token again; sending resumes");
            unauthorized = false;
            return true;
        } catch (TelegramApiException | RuntimeException e) {
            return false;
        }
    }

    private void count(String meter, OutboxMessage row) {
        meters.counter(meter, "kind", row.getKind().name().toLowerCase(Locale.ROOT)).increment();
    }

    private void pause(Duration duration) {
        if (!duration.isZero() && running && !wakeup.sleep(duration)) {
            running = false;
        }
    }
}
