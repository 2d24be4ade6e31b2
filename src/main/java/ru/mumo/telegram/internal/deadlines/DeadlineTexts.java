package ru.mumo.telegram.internal.deadlines;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import ru.mumo.deadlines.Deadline;
import ru.mumo.deadlines.DeadlineKind;
import ru.mumo.deadlines.Progress;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/** How a deadline, its distance and what is done towards it read in a message. */
@Component
public class DeadlineTexts {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Messages messages;

    DeadlineTexts(Messages messages) {
        this.messages = messages;
    }

    public String name(Language language, DeadlineKind kind) {
        return messages.text(language, "deadline.kind." + kind.name().toLowerCase(Locale.ROOT).replace('_', '.'));
    }

    /** "in 7 days", "today", "3 days overdue". */
    String left(Language language, int daysLeft) {
        return messages.text(language, "deadline.left", "days", Math.abs(daysLeft),
                "when", daysLeft > 0 ? "ahead" : daysLeft == 0 ? "today" : "overdue");
    }

    /** One line per deadline for the /deadlines list. */
    String line(Language language, Deadline deadline, LocalDate today) {
        return messages.text(language, deadline.isEnabled() ? "deadline.line.on" : "deadline.line.off",
                "name", name(language, deadline.getKind()), "due", DATE.format(deadline.getDueDate()),
                "left", left(language, deadline.daysLeft(today)));
    }

    /** What the bot can see is done towards the deadline. */
    String progress(Language language, DeadlineKind kind, Progress p) {
        String meetings = messages.text(language, "deadline.progress.meetings", "held", p.heldInAcademicYear(),
                "needed", p.meetingsPerYear());
        return switch (kind) {
            case WORK_PLAN -> messages.text(language, "deadline.progress.plan", "items", p.planItems(),
                    "submitted", p.planSubmitted() ? "yes" : "no");
            case QUARTER_MEETING -> messages.text(language, "deadline.progress.quarter", "held", p.heldInQuarter(),
                    "scheduled", p.scheduledInQuarter()) + "\n" + meetings;
            case TERM_END -> messages.text(language, "deadline.progress.term", "fresh", p.joinedWithinYear(),
                    "members", p.members(), "percent", p.renewedPercent(),
                    "enough", p.renewedByAThird() ? "yes" : "no");
            case CALENDAR_REPORT, SECRETARY_DRAFT, ACADEMIC_REPORT -> meetings + "\n"
                    + messages.text(language, "deadline.progress.report");
            default -> meetings;
        };
    }
}
