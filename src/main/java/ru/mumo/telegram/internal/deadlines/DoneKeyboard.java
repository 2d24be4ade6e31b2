package ru.mumo.telegram.internal.deadlines;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/** The "Done" button under a nudge; it names the due date, so a press on an old nudge marks nothing new. */
@Component
class DoneKeyboard {

    private final Messages messages;

    DoneKeyboard(Messages messages) {
        this.messages = messages;
    }

    Keyboard of(Language language, long deadlineId, LocalDate dueDate) {
        return Keyboard.of(button(language, deadlineId, dueDate));
    }

    Button button(Language language, long deadlineId, LocalDate dueDate) {
        return Button.callback(messages.text(language, "deadline.button.done"),
                ButtonHandler.data(DeadlineDoneButtons.PREFIX, deadlineId, dueDate.toEpochDay()));
    }
}
