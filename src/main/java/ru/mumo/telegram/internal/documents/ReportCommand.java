package ru.mumo.telegram.internal.documents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import ru.mumo.deadlines.Deadline;
import ru.mumo.deadlines.DeadlineService;
import ru.mumo.documents.ReportPeriod;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.deadlines.DeadlineTexts;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * {@code /report}: a button per report deadline of the calendar, each for the period that deadline covers
 * (the previous calendar year, or the academic year); the press sends the draft .docx.
 */
@Component
class ReportCommand implements Command {

    private final DeadlineService deadlines;
    private final DeadlineTexts texts;

    ReportCommand(DeadlineService deadlines, DeadlineTexts texts) {
        this.deadlines = deadlines;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void execute(Request request) {
        List<Button> buttons = new ArrayList<>();
        Set<ReportPeriod> seen = new HashSet<>();
        for (Deadline d : deadlines.calendar(request.caller().membership().getAssociation().getId())) {
            DeadlineService.reportPeriod(d).filter(seen::add).ifPresent(period -> buttons.add(Button.callback(
                    request.text("report.button", "period", period.label(),
                            "kind", period.academic() ? "academic" : "calendar",
                            "due", DeadlineTexts.DATE.format(d.getDueDate())),
                    ButtonHandler.data(ReportButtons.PREFIX, d.getId()))));
        }
        request.send(request.text("report.choose"), Keyboard.column(buttons));
    }
}
