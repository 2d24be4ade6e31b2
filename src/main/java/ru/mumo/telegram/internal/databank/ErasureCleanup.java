package ru.mumo.telegram.internal.databank;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.databank.PersonalDataErased;
import ru.mumo.databank.ProfileChanged;
import ru.mumo.telegram.internal.ChatForgotten;
import ru.mumo.telegram.internal.outbox.OutboxErasure;

/**
 * Wipes what the adapter keeps about an erased person: everything kept under their chat ({@link ChatForgotten}:
 * the dialog, the outbox rows, live messages and ballot messages, the reachability mark, document requests) and the
 * stored text of messages to others that named them. A value the person replaced in their profile (a former name)
 * leaves the stored texts the same way, so that /forget later has nothing old to miss.
 */
@Component
class ErasureCleanup {

    private final OutboxErasure outbox;
    private final ApplicationEventPublisher events;

    ErasureCleanup(OutboxErasure outbox, ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.events = events;
    }

    @EventListener
    void on(PersonalDataErased event) {
        if (event.telegramUserId() != null) {
            events.publishEvent(new ChatForgotten(event.telegramUserId()));
        }
        outbox.dropCopies(event.erasedValues());
    }

    @EventListener
    void on(ProfileChanged event) {
        if (event.replaced() != null) {
            outbox.dropCopies(List.of(event.replaced()));
        }
    }
}
