package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /event_new}: schedules a seminar, master class, open lesson, conference or consultation. */
@Component
class EventNewCommand implements Command {

    private final EventNewDialog dialog;

    EventNewCommand(EventNewDialog dialog) {
        this.dialog = dialog;
    }

    @Override
    public String name() {
        return "event_new";
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
