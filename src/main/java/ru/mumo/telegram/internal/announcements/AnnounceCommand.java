package ru.mumo.telegram.internal.announcements;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /announce}: an announcement with optional files to the members (and the invited persons, if chosen). */
@Component
class AnnounceCommand implements Command {

    private final AnnounceDialog dialog;

    AnnounceCommand(AnnounceDialog dialog) {
        this.dialog = dialog;
    }

    @Override
    public String name() {
        return "announce";
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
