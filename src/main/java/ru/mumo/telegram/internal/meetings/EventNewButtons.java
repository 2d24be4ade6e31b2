package ru.mumo.telegram.internal.meetings;

import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.EventLevel;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingKind;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.dialog.DialogState;
import ru.mumo.telegram.internal.dialog.Dialogs;

/**
 * The buttons of {@code /event_new}: {@code enew:k:<kind>}, {@code enew:f:<format>}, {@code enew:l:<level>} and
 * {@code enew:p:<plan item>} ({@code 0}: none) answer their step; {@code enew:ok} confirms and {@code enew:x} drops
 * it all. A button works only at the step it belongs to; an old one gets "no longer active".
 */
@Component
class EventNewButtons implements ButtonHandler {

    static final String PREFIX = "enew";

    private final Dialogs dialogs;
    private final EventNewDialog dialog;
    private final MeetingTexts texts;

    EventNewButtons(Dialogs dialogs, EventNewDialog dialog, MeetingTexts texts) {
        this.dialogs = dialogs;
        this.dialog = dialog;
        this.texts = texts;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void press(Request request, ButtonData data) {
        String step = switch (data.word(0)) {
            case "k" -> EventNewDialog.KIND;
            case "f" -> EventNewDialog.FORMAT;
            case "l" -> EventNewDialog.LEVEL;
            case "p" -> EventNewDialog.PLAN;
            default -> EventNewDialog.CONFIRM;
        };
        Optional<DialogState> current = dialogs.current(request.chatId(), EventNewDialog.NAME);
        if (current.isEmpty() || !step.equals(current.get().step())) {
            request.answer("button.inactive");
            return;
        }
        DialogState state = current.get();
        switch (data.word(0)) {
            case "k" -> choose(request, state, step, data.constant(1, MeetingKind.class).name());
            case "f" -> choose(request, state, step, data.constant(1, MeetingFormat.class).name());
            case "l" -> choose(request, state, step, data.constant(1, EventLevel.class).name());
            case "p" -> {
                request.editOrigin(request.text("event.new.ask.plan"), null);
                dialog.onChoice(request, state, step, String.valueOf(data.id(1)));
            }
            case "ok" -> {
                Meeting event = dialog.confirm(request, state);
                request.editOrigin(request.text("event.new.done", "meeting", texts.label(request.language(), event),
                        "when", MeetingTexts.when(event)), null);
                request.answer("event.new.done.short");
            }
            case "x" -> {
                dialogs.end(state);
                request.editOrigin(request.text("event.new.cancelled"), null);
            }
            default -> request.answer("button.inactive");
        }
    }

    /** Shows the answer in place of the buttons, then asks the next question. */
    private void choose(Request request, DialogState state, String step, String value) {
        if (MeetingKind.MEETING.name().equals(value)) {
            request.answer("button.inactive");
            return;
        }
        request.editOrigin("✔️ " + EventNewDialog.label(request, step, value), null);
        dialog.onChoice(request, state, step, value);
    }
}
