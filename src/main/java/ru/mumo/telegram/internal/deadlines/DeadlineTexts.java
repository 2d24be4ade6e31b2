package ru.mumo.telegram.internal.deadlines;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import ru.mumo.deadlines.Deadline;
import ru.mumo.deadlines.DeadlineKind;
import ru.mumo.deadlines.Progress;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/** How a deadline, its distance and what is done towards it read in a message. */
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
            case MEETING_PROTOCOL -> messages.text(language, "deadline.progress.protocol");
            default -> meetings;
        };
    }
}
