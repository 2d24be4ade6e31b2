package ru.mumo.telegram.internal.deadlines;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.deadlines.Deadline;
import ru.mumo.deadlines.DeadlineKind;
import ru.mumo.deadlines.DeadlineService;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/** The /deadlines list and the card of one deadline, with their buttons. */
@Component
class DeadlineCards {

    private final DeadlineService deadlines;
    private final AssociationService associations;
    private final DeadlineTexts texts;
    private final DoneKeyboard done;

    DeadlineCards(DeadlineService deadlines, AssociationService associations, DeadlineTexts texts, DoneKeyboard done) {
        this.deadlines = deadlines;
        this.associations = associations;
        this.texts = texts;
        this.done = done;
    }

    String listText(Request request) {
        Membership chair = request.caller().membership();
        StringBuilder text = new StringBuilder(request.text("deadlines.header",
                "association", chair.getAssociation().getName()));
        for (Deadline d : deadlines.calendar(chair.getAssociation().getId())) {
            text.append('\n').append(texts.line(request.language(), d, deadlines.today(d)));
        }
        return text.append("\n\n").append(request.text("deadlines.hint")).toString();
    }

    Keyboard listKeyboard(Request request) {
        List<Button> buttons = new ArrayList<>();
        for (Deadline d : deadlines.calendar(request.caller().membership().getAssociation().getId())) {
            buttons.add(Button.callback((d.isEnabled() ? "🔔 " : "🔕 ") + texts.name(request.language(), d),
                    ButtonHandler.data(DeadlineButtons.PREFIX, d.getId())));
        }
        return Keyboard.column(buttons);
    }

    String cardText(Request request, Deadline d) {
        String text = request.text("deadline.card", "name", texts.name(request.language(), d),
                "due", DeadlineTexts.DATE.format(d.getDueDate()),
                "left", texts.left(request.language(), d.daysLeft(deadlines.today(d))),
                "state", d.isEnabled() ? "on" : "off",
                "clause", texts.clause(request.language(), deadlines.rule(d).clause()));
        if (d.getLastDoneFor() != null) {
            text += "\n" + request.text("deadline.card.last.done", "due", DeadlineTexts.DATE.format(d.getLastDoneFor()));
        }
        return text + "\n\n" + texts.progress(request.language(), associations.regulationOf(d.getAssociationId()),
                d.getKind(), d.getDueDate(), d.daysLeft(deadlines.today(d)), deadlines.progress(d));
    }

    Keyboard cardKeyboard(Request request, Deadline d) {
        long id = d.getId();
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(move(request, id, -7), move(request, id, -1), move(request, id, 1), move(request, id, 7)));
        Button onOff = Button.callback(request.text(d.isEnabled() ? "deadline.button.off" : "deadline.button.on"),
                ButtonHandler.data(DeadlineButtons.PREFIX, id, d.isEnabled() ? "off" : "on"));
        rows.add(d.getKind() == DeadlineKind.TERM_END ? List.of(onOff)
                : List.of(onOff, done.button(request.language(), id, d.getDueDate())));
        if (d.getKind().perMeeting()) {
            rows.add(List.of(done.protocol(request.language(), d.getMeetingId())));
        }
        rows.add(List.of(Button.callback(request.text("deadline.button.back"),
                ButtonHandler.data(DeadlineButtons.PREFIX, "list"))));
        return new Keyboard(rows);
    }

    private static Button move(Request request, long id, int days) {
        return Button.callback(request.text(days > 0 ? "deadline.button.later" : "deadline.button.earlier",
                        "days", Math.abs(days)),
                ButtonHandler.data(DeadlineButtons.PREFIX, id, "m", days));
    }
}
