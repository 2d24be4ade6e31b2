package ru.mumo.telegram.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives each batch from long polling and processes it in order, one update after the other, so a person's
 * messages are handled in the order they were written. Never throws: TelegramBots' polling task dies for good
 * on anything escaping here. An update that cannot even be recorded (the database is down) is tried again with
 * back-off until it is, so nothing is skipped. The library confirms the batch on its next getUpdates, after this
 * returns; a batch cut short by shutdown is not confirmed, so Telegram delivers the rest again.
 */
@Component
class UpdateIntake implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** The update types the bot asks Telegram for, by polling or by webhook. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

    private final UpdateProcessor processor;
    private final UpdateFlow flow;
    private final ReentrantLock inFlight = new ReentrantLock();
    private final Object signal = new Object();
    private volatile boolean closed;

    UpdateIntake(UpdateProcessor processor, UpdateFlow flow) {
        this.processor = processor;
        this.flow = flow;
    }

    @Override
    public void consume(List<Update> updates) {
        inFlight.lock();
        flow.busy(true);
        try {
            for (Update update : updates) {
                if (closed || !processUntilRecorded(update)) {
                    return;
                }
                flow.taken();
            }
        } finally {
            flow.busy(false);
            inFlight.unlock();
        }
    }

    private boolean processUntilRecorded(Update update) {
        Duration backoff = Duration.ofSeconds(1);
        while (!closed) {
            try {
                processor.process(update);
                return true;
            } catch (Throwable e) {
                log.warn("Update {} could not be recorded ({}); trying again in {} s", update.getUpdateId(), e.getMessage(),
                        backoff.toSeconds());
                synchronized (signal) {
                    try {
                        signal.wait(backoff.toMillis());
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
        return false;
    }

    /** Stops taking updates and waits for the one being processed, before the database goes away. */
    void shutDown() {
        closed = true;
        synchronized (signal) {
            signal.notifyAll();
        }
        inFlight.lock();
        inFlight.unlock();
    }

    void open() {
        closed = false;
    }
}
