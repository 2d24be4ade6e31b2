package ru.mumo.telegram.internal.deadlines;

import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.mumo.deadlines.Deadline;
import ru.mumo.deadlines.DeadlineService;
import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;

/**
 * {@code dl:list} back to the list; {@code dl:<id>} the card; {@code dl:<id>:on|off} switches the deadline;
 * {@code dl:<id>:m:<days>} moves its date.
 */
@Component
class DeadlineButtons implements ButtonHandler {

    static final String PREFIX = "dl";
    private static final int MAX_MOVE = 7;

    private final DeadlineService deadlines;
    private final DeadlineCards cards;

    DeadlineButtons(DeadlineService deadlines, DeadlineCards cards) {
        this.deadlines = deadlines;
        this.cards = cards;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.CHAIR;
    }

    @Override
    public void press(Request request, ButtonData data) {
        if (data.is(0, "list")) {
            request.editOrigin(cards.listText(request), cards.listKeyboard(request));
            return;
        }
        Membership chair = request.caller().membership();
        Optional<Deadline> deadline = deadlines.deadline(chair, data.id(0));
        if (deadline.isEmpty()) {
            request.answer("button.inactive");
            return;
        }
        long id = deadline.get().getId();
        String action = data.word(1);
        switch (action) {
            case "" -> { }
            case "on", "off" -> deadlines.switchOn(chair, id, "on".equals(action));
            case "m" -> {
                int days = data.number(2);
                if (days == 0 || Math.abs(days) > MAX_MOVE) {
                    request.answer("button.inactive");
                    return;
                }
                if (deadlines.move(chair, id, days).isEmpty()) {
                    request.alert("deadline.move.past");
                    return;
                }
            }
            default -> {
                request.answer("button.inactive");
                return;
            }
        }
        request.editOrigin(cards.cardText(request, deadline.get()), cards.cardKeyboard(request, deadline.get()));
    }
}
