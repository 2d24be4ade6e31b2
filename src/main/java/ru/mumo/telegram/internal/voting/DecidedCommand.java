package ru.mumo.telegram.internal.voting;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /decided}: writes the decision on an agenda item of the protocol; without one, a closed vote's result stands. */
@Component
class DecidedCommand implements Command {

    private final MinutesDialog dialog;

    DecidedCommand(MinutesDialog dialog) {
        this.dialog = dialog;
    }

    @Override
    public String name() {
        return "decided";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void execute(Request request) {
        dialog.start(request, MinutesDialog.DECIDED);
    }
}
