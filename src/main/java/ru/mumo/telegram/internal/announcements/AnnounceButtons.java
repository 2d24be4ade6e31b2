package ru.mumo.telegram.internal.announcements;

import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.dialog.DialogState;
import ru.mumo.telegram.internal.dialog.Dialogs;

/**
 * The buttons of {@code /announce}: {@code annc:m} (members) or {@code annc:g} (members and invited persons)
 * choose who gets it, {@code annc:ok} sends it, {@code annc:x} drops it. A button works only at its step, so a
 * second press of Send (a double tap, a redelivered update) finds the dialog over and sends nothing more.
 */
@Component
class AnnounceButtons implements ButtonHandler {

    static final String PREFIX = "annc";

    private final Dialogs dialogs;
    private final AnnounceDialog dialog;

    AnnounceButtons(Dialogs dialogs, AnnounceDialog dialog) {
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
        String step = data.is(0, "m") || data.is(0, "g") ? AnnounceDialog.AUDIENCE : AnnounceDialog.CONFIRM;
        Optional<DialogState> current = dialogs.current(request.chatId(), AnnounceDialog.NAME)
                .filter(s -> step.equals(s.step()));
        if (current.isEmpty()) {
            request.answer("button.inactive");
            return;
        }
        switch (data.word(0)) {
            case "m", "g" -> {
                request.editOrigin(request.text("announce.ask.audience") + "\n✔️ "
                        + request.text(data.is(0, "g") ? "announce.audience.chosen.everyone"
                                : "announce.audience.chosen.members"), null);
                dialog.chooseAudience(request, current.get(), data.is(0, "g"));
            }
            case "ok" -> {
                int count = dialog.send(request, current.get());
                request.editOrigin(request.text("announce.sent", "count", count), null);
                request.answer("announce.sent.short");
            }
            case "x" -> {
                dialogs.end(current.get());
                request.editOrigin(request.text("announce.cancelled"), null);
            }
            default -> request.answer("button.inactive");
        }
    }
}
