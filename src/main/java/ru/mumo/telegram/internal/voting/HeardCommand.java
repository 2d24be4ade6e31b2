package ru.mumo.telegram.internal.voting;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /heard}: writes who spoke and about what under an agenda item of the protocol. */
@Component
class HeardCommand implements Command {

    private final MinutesDialog dialog;

    HeardCommand(MinutesDialog dialog) {
        this.dialog = dialog;
    }

    @Override
    public String name() {
        return "heard";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void execute(Request request) {
        dialog.start(request, MinutesDialog.HEARD);
    }
}
