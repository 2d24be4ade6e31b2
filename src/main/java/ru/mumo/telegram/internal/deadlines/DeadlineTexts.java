package ru.mumo.telegram.internal.deadlines;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import ru.mumo.deadlines.Deadline;
import ru.mumo.deadlines.DeadlineKind;
import ru.mumo.deadlines.DeadlineService;
import ru.mumo.deadlines.Progress;
import ru.mumo.deadlines.TermReview;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Regulation;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/**
 * How a deadline, its distance and what is done towards it read in a message, in the words of the association's
 * regulation: the head's title ({@code title}) and the clauses it cites.
 */
@Component
public class DeadlineTexts {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Messages messages;
    private final MeetingService meetings;

    DeadlineTexts(Messages messages, MeetingService meetings) {
        this.messages = messages;
        this.meetings = meetings;
    }

    public String name(Language language, DeadlineKind kind) {
        return messages.text(language, "deadline.kind." + kind.name().toLowerCase(Locale.ROOT).replace('_', '.'));
    }

    /** The deadline's name; a protocol's names its meeting: "Протокол заседания № 3 от 20.11.2026". */
    public String name(Language language, DeadlineKind kind, long meetingId) {
        if (!kind.perMeeting()) {
            return name(language, kind);
        }
        Meeting meeting = meetings.meeting(meetingId).orElseThrow();
        return messages.text(language, "deadline.kind.meeting.protocol", "number", meeting.getNumber(),
                "date", DATE.format(meeting.localDate()));
    }

    public String name(Language language, Deadline deadline) {
        return name(language, deadline.getKind(), deadline.getMeetingId());
    }

    /** "in 7 days", "today", "3 days overdue". */
    String left(Language language, int daysLeft) {
        return messages.text(language, "deadline.left", "days", Math.abs(daysLeft),
                "when", daysLeft > 0 ? "ahead" : daysLeft == 0 ? "today" : "overdue");
    }

    /** One line per deadline for the /deadlines list. */
    String line(Language language, Deadline deadline, LocalDate today) {
        return messages.text(language, deadline.isEnabled() ? "deadline.line.on" : "deadline.line.off",
                "name", name(language, deadline), "due", DATE.format(deadline.getDueDate()),
                "left", left(language, deadline.daysLeft(today)));
    }

    /** " (п. 3.8 Положения)", or nothing where the regulation gives no clause. */
    String clause(Language language, String clause) {
        return clause == null || clause.isBlank() ? "" : " " + messages.text(language, "deadline.clause", "clause", clause);
    }

    /** What the bot can see is done towards the deadline. */
    String progress(Language language, Regulation regulation, DeadlineKind kind, LocalDate due, int daysLeft,
            Progress p) {
        String title = regulation.titleWord();
        return switch (kind) {
            case WORK_PLAN -> messages.text(language, "deadline.progress.plan", "items", p.planItems(),
                    "submitted", p.planSubmitted() ? "yes" : "no");
            case QUARTER_MEETING -> messages.text(language, "deadline.progress.quarter", "held", p.heldInQuarter(),
                    "scheduled", p.scheduledInQuarter());
            case YEAR_MEETINGS -> messages.text(language, "deadline.progress.meetings", "held", p.heldInAcademicYear(),
                    "needed", p.meetingsNeeded());
            case TERM_END -> term(language, regulation, due, daysLeft, p.term());
            case CALENDAR_REPORT, ACADEMIC_REPORT -> DeadlineService.reportPeriod(kind, due)
                    .map(period -> messages.text(language, "deadline.progress.report.meetings",
                            "held", p.heldInPeriod(), "period", period.label(),
                            "kind", period.academic() ? "academic" : "calendar"))
                    .orElse("") + "\n" + messages.text(language, "deadline.progress.report",
                    "to", regulation.reportTo().name(), "title", title);
            case MEETING_PROTOCOL -> messages.text(language, "deadline.progress.protocol", "title", title);
        };
    }

    /**
     * The term's renewal (T 2.7, T 2.8): the composition at its start, who joined and who left since, and the share of
     * members now who were not members at its start, against the third the regulation asks for.
     */
    String term(Language language, Regulation regulation, LocalDate due, int daysLeft, TermReview term) {
        return messages.text(language, "deadline.progress.term", "ended", daysLeft <= 0 ? "yes" : "no",
                "due", DATE.format(due), "start", DATE.format(term.start()), "atStart", term.atStart(),
                "joined", names(language, term.joined()), "left", names(language, term.left()),
                "renewed", term.renewed(), "members", term.membersNow(), "percent", term.percent(),
                "enough", term.enough() ? "yes" : "no", "title", regulation.titleWord(),
                "clause", regulation.clause("renewal").orElse(""));
    }

    private String names(Language language, List<String> names) {
        return names.isEmpty() ? messages.text(language, "deadline.progress.term.nobody") : String.join(", ", names);
    }
}
