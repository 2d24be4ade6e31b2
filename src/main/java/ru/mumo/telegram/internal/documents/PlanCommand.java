package ru.mumo.telegram.internal.documents;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /plan}: the work plan of the academic year, to add, change and remove items, and to submit it. */
@Component
class PlanCommand implements Command {

    private final PlanBoard board;

    PlanCommand(PlanBoard board) {
        this.board = board;
    }

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void execute(Request request) {
        board.show(request);
    }
}
