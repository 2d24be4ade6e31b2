package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /meeting_new}: schedules a meeting through {@link MeetingNewDialog}. */
@Component
class MeetingNewCommand implements Command {

    private final MeetingNewDialog dialog;

    MeetingNewCommand(MeetingNewDialog dialog) {
        this.dialog = dialog;
    }

    @Override
    public String name() {
        return "meeting_new";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void execute(Request request) {
        dialog.begin(request);
    }
}
