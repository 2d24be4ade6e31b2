package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.dialog.Dialogs;

/** {@code /done}: ends a list typed item by item, such as a meeting's agenda. Only meaningful inside a dialog. */
@Component
class DoneCommand implements Command {

    private final Dialogs dialogs;
    private final MeetingNewDialog meetingNew;

    DoneCommand(Dialogs dialogs, MeetingNewDialog meetingNew) {
        this.dialogs = dialogs;
        this.meetingNew = meetingNew;
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
        dialogs.current(request.chatId(), MeetingNewDialog.NAME).ifPresentOrElse(
                state -> meetingNew.done(request, state),
                () -> request.reply("meeting.done.nothing"));
    }
}
