package ru.mumo.telegram.internal.dialog;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/**
 * {@code /done}: ends a list sent item by item, such as a meeting's agenda or the files of an announcement. Only
 * meaningful inside a dialog, which says itself what it means there.
 */
@Component
class DoneCommand implements Command {

    private final Dialogs dialogs;

    DoneCommand(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public String name() {
        return "done";
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
    public boolean listed() {
        return false;
    }

    @Override
    public void execute(Request request) {
        dialogs.current(request.chatId()).ifPresentOrElse(
                state -> dialogs.dialog(state).done(request, state),
                () -> request.reply("meeting.done.nothing"));
    }
}
