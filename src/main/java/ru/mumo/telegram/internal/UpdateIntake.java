package ru.mumo.telegram.internal;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives each batch from long polling and processes it in order, one update after the other, so a person's
 * messages are handled in the order they were written. The library confirms the batch on its next getUpdates,
 * after this returns; a batch cut short by shutdown is not confirmed, so Telegram delivers the rest again.
 */
@Component
class UpdateIntake implements LongPollingUpdateConsumer {

    private final UpdateProcessor processor;
    private final ReentrantLock inFlight = new ReentrantLock();
    private volatile boolean closed;

    UpdateIntake(UpdateProcessor processor) {
        this.processor = processor;
    }

    @Override
    public void consume(List<Update> updates) {
        inFlight.lock();
        try {
            for (Update update : updates) {
                if (closed) {
                    return;
                }
                processor.process(update);
            }
        } finally {
            inFlight.unlock();
        }
    }

    /** Stops taking updates and waits for the one being processed, before the database goes away. */
    void shutDown() {
        closed = true;
        inFlight.lock();
        inFlight.unlock();
    }

    void open() {
        closed = false;
    }
}
