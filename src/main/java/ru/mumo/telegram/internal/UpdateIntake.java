package ru.mumo.telegram.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives each batch from long polling and processes it in order, one update after the other, so a person's
 * messages are handled in the order they were written. The library confirms the batch on its next getUpdates,
 * after this returns.
 */
@Component
class UpdateIntake implements LongPollingUpdateConsumer {

    private final UpdateProcessor processor;

    UpdateIntake(UpdateProcessor processor) {
        this.processor = processor;
    }

    @Override
    public void consume(List<Update> updates) {
        updates.forEach(processor::process);
    }
}
