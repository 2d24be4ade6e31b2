package ru.mumo.telegram.internal.dialog;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /cancel}: leaves the current dialog; nothing of it is kept. */
@Component
class CancelCommand implements Command {

    private final Dialogs dialogs;

    CancelCommand(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public String name() {
        return "cancel";
    }

    @Override
    public Access access() {
        return Access.EVERYONE;
    }

    @Override
    public boolean worksInDialog() {
        return true;
    }

    @Override
    public boolean worksBeforeConsent() {
        return true;
    }

    @Override
    public void execute(Request request) {
        dialogs.current(request.chatId()).ifPresentOrElse(state -> {
            dialogs.end(state);
            request.reply(dialogs.dialog(state).cancelledKey());
        }, () -> request.reply("cancel.nothing"));
    }
}
