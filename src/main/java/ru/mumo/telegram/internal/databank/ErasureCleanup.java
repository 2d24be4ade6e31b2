package ru.mumo.telegram.internal.databank;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.databank.PersonalDataErased;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.dialog.Dialogs;
import ru.mumo.telegram.internal.outbox.OutboxRedaction;

/**
 * Wipes what the adapter keeps about an erased person: an unfinished dialog (which may hold their answers)
 * and their data inside messages already written to the outbox, sent or not.
 */
@Component
class ErasureCleanup {

    private final Dialogs dialogs;
    private final OutboxRedaction redaction;
    private final Messages messages;

    ErasureCleanup(Dialogs dialogs, OutboxRedaction redaction, Messages messages) {
        this.dialogs = dialogs;
        this.redaction = redaction;
        this.messages = messages;
    }

    @EventListener
    void on(PersonalDataErased event) {
        if (event.telegramUserId() != null) {
            dialogs.current(event.telegramUserId()).ifPresent(dialogs::end);
        }
        redaction.redact(event.erasedValues(), messages.text(Language.RU, "person.erased.name"));
    }
}
