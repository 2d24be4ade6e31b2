package ru.mumo.telegram.internal.meetings;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.dialog.DialogState;
import ru.mumo.telegram.internal.dialog.Dialogs;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * The buttons of {@code /meeting_new}: {@code mnew:f:<format>} answers in person or online, {@code mnew:m:<item>}
 * (or {@code mnew:m:x}, the whole meeting) places a material just sent, {@code mnew:ok} confirms the summary, {@code mnew:edit} and {@code mnew:e:<step>} change one answer, {@code mnew:x} drops it
 * all. A button works only at the step it belongs to; an old one gets "no longer active".
 */
@Component
class MeetingNewButtons implements ButtonHandler {

    static final String PREFIX = "mnew";

    private final Dialogs dialogs;
    private final MeetingNewDialog dialog;

    MeetingNewButtons(Dialogs dialogs, MeetingNewDialog dialog) {
        this.dialogs = dialogs;
        this.dialog = dialog;
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
        Optional<DialogState> current = dialogs.current(request.chatId(), MeetingNewDialog.NAME);
        String step = data.is(0, "f") ? MeetingNewDialog.FORMAT
                : data.is(0, "m") ? MeetingNewDialog.MATERIAL : MeetingNewDialog.CONFIRM;
        if (current.isEmpty() || !step.equals(current.get().step())) {
            request.answer("button.inactive");
            return;
        }
        DialogState state = current.get();
        switch (data.word(0)) {
            case "f" -> {
                MeetingFormat format = data.constant(1, MeetingFormat.class);
                request.editOrigin(request.text("meeting.new.ask.format") + "\n"
                        + request.text(format == MeetingFormat.ONLINE ? "meeting.format.online"
                                : "meeting.format.in.person"), null);
                dialog.onFormat(request, state, format);
            }
            case "ok" -> {
                Meeting meeting = dialog.confirm(request, state);
                request.editOrigin(request.text("meeting.new.done",
                        "when", MeetingTexts.when(meeting)), null);
                request.answer("meeting.new.done.short");
            }
            case "edit" -> request.editOrigin(request.text("meeting.edit.what"), Keyboard.column(List.of(
                    Button.callback(request.text("meeting.edit.when"), ButtonHandler.data(PREFIX, "e", "w")),
                    Button.callback(request.text("meeting.edit.place"), ButtonHandler.data(PREFIX, "e", "p")),
                    Button.callback(request.text("meeting.edit.agenda"), ButtonHandler.data(PREFIX, "e", "a")))));
            case "e" -> {
                request.editOrigin(request.text("meeting.edit.what"), null);
                dialog.edit(request, state, switch (data.word(1)) {
                    case "w" -> MeetingNewDialog.WHEN;
                    case "p" -> MeetingNewDialog.FORMAT;
                    default -> MeetingNewDialog.AGENDA;
                });
            }
            case "m" -> dialog.placeMaterial(request, state, data.is(1, "x") ? null : data.position(1));
            case "x" -> {
                dialogs.end(state);
                request.editOrigin(request.text("meeting.new.cancelled"), null);
            }
            default -> request.answer("button.inactive");
        }
    }
}
