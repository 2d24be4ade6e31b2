package ru.mumo.telegram.internal.deadlines;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import ru.mumo.deadlines.DeadlineKind;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;
import ru.mumo.telegram.internal.documents.ProtocolButtons;

/**
 * The "Done" button under a nudge; it names the due date, so a press on an old nudge marks nothing new. A
 * protocol's nudge has instead a button that sends the protocol, with the button that approves it: only a final
 * protocol meets the deadline.
 */
@Component
class DoneKeyboard {

    private final Messages messages;

    DoneKeyboard(Messages messages) {
        this.messages = messages;
    }

    /** The buttons under a nudge; a term's end has none: it ends on its day, and the next term begins. */
    Keyboard of(Language language, DeadlineKind kind, long deadlineId, LocalDate dueDate, long meetingId) {
        if (meetingId > 0) {
            // A protocol is met by approving it, which the protocol's own button leads to.
            return Keyboard.of(protocol(language, meetingId));
        }
        return kind == DeadlineKind.TERM_END ? null : Keyboard.of(button(language, deadlineId, dueDate));
    }

    Button protocol(Language language, long meetingId) {
        return Button.callback(messages.text(language, "deadline.button.protocol"),
                ButtonHandler.data(ProtocolButtons.PREFIX, meetingId));
    }

    Button button(Language language, long deadlineId, LocalDate dueDate) {
        return Button.callback(messages.text(language, "deadline.button.done"),
                ButtonHandler.data(DeadlineDoneButtons.PREFIX, deadlineId, dueDate.toEpochDay()));
    }
}
