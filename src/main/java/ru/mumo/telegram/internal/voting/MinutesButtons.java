package ru.mumo.telegram.internal.voting;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.dialog.Dialogs;

/** An agenda item picked after {@code /heard} or {@code /decided} ({@code min:<meeting>:<item>}). */
@Component
class MinutesButtons implements ButtonHandler {

    static final String PREFIX = "min";

    private final Dialogs dialogs;
    private final MinutesDialog dialog;

    MinutesButtons(Dialogs dialogs, MinutesDialog dialog) {
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
        long meetingId = data.id(0);
        int item = data.position(1);
        dialogs.current(request.chatId(), MinutesDialog.NAME).ifPresentOrElse(
                state -> dialog.picked(request, state, meetingId, item),
                () -> request.answer("button.inactive"));
    }
}
