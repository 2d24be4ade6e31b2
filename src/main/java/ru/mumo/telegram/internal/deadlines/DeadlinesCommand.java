package ru.mumo.telegram.internal.deadlines;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /deadlines}: the association's calendar with its state; a button per deadline opens its card. */
@Component
class DeadlinesCommand implements Command {

    private final DeadlineCards cards;

    DeadlinesCommand(DeadlineCards cards) {
        this.cards = cards;
    }

    @Override
    public String name() {
        return "deadlines";
    }

    @Override
    public Access access() {
        return Access.CHAIR;
    }

    @Override
    public void execute(Request request) {
        request.send(cards.listText(request), cards.listKeyboard(request));
    }
}
