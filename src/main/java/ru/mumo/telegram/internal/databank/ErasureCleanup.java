package ru.mumo.telegram.internal.databank;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.databank.PersonalDataErased;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.dialog.Dialogs;
import ru.mumo.telegram.internal.outbox.OutboxRedaction;
import ru.mumo.telegram.internal.outbox.Reachability;

/**
 * Wipes what the adapter keeps about an erased person: an unfinished dialog (which may hold their answers), a
 * note that their chat blocked the bot, and their data inside messages already written to the outbox, sent or not.
 */
@Component
class ErasureCleanup {

    private final Dialogs dialogs;
    private final OutboxRedaction redaction;
    private final Reachability reachability;
    private final Messages messages;

    ErasureCleanup(Dialogs dialogs, OutboxRedaction redaction, Reachability reachability, Messages messages) {
        this.dialogs = dialogs;
        this.redaction = redaction;
        this.reachability = reachability;
        this.messages = messages;
    }

    @EventListener
    void on(PersonalDataErased event) {
        if (event.telegramUserId() != null) {
            dialogs.current(event.telegramUserId()).ifPresent(dialogs::end);
            reachability.markReachable(event.telegramUserId(), true);
        }
        redaction.redact(event.erasedValues(), messages.text(Language.RU, "person.erased.name"));
    }
}
