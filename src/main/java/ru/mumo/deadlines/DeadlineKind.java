package ru.mumo.deadlines;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * The deadlines of DOMAIN.md with their default dates. Annual ones fall on a fixed day; the meeting rules follow
 * the calendar quarter or the academic year; the term runs a year from the chair's appointment.
 */
public enum DeadlineKind {
    /** S 3.1: the work plan for the academic year by 10 September. */
    WORK_PLAN(MonthDay.of(9, 10), 14, true, false),
    /** T 3.8: the report for the previous calendar year to the regional association by 25 February. */
    CALENDAR_REPORT(MonthDay.of(2, 25), 14, true, true),
    /** T 2.6: the secretary's draft of that report by 1 March. */
    SECRETARY_DRAFT(MonthDay.of(3, 1), 14, true, true),
    /** S 3.4: the analysis of the past academic year to the education department by 30 May. */
    ACADEMIC_REPORT(MonthDay.of(5, 30), 14, true, true),
    /** T 2.4: at least one meeting each quarter; nudged from 30 days before the quarter ends. */
    QUARTER_MEETING(null, 30, false, false),
    /**
     * S 3.2: at least four meetings per academic year. Counted to 31 May, the last month teachers are at
     * school; a meeting in the summer still counts.
     */
    YEAR_MEETINGS(MonthDay.of(5, 31), 30, false, false),
    /** T 5.2: monitoring of the association's effectiveness at least once a year, before the May report. */
    MONITORING(MonthDay.of(5, 15), 14, true, false),
    /** T 2.7, T 2.8: the one-year term of the chair and members; a third of the members must be new. */
    TERM_END(null, 30, true, false),
    /**
     * T 2.4, S 3.3: every meeting is recorded in a protocol signed by the chair and the secretary, who keeps the
     * protocols (T 2.6). The regulations set no date, so the bot gives the protocol a few days after the meeting
     * closes (app.deadlines.protocol-days) and nudges on the eve, on the day and while overdue. One per meeting.
     */
    MEETING_PROTOCOL(null, 1, true, true);

    /** Days before the due date a nudge goes, besides the first one of each kind. */
    static final List<Integer> BEFORE = List.of(14, 7, 3, 1, 0);

    private final MonthDay annual;
    private final int firstNudge;
    private final boolean canBeOverdue;
    private final boolean secretaryNudged;

    DeadlineKind(MonthDay annual, int firstNudge, boolean canBeOverdue, boolean secretaryNudged) {
        this.annual = annual;
        this.firstNudge = firstNudge;
        this.canBeOverdue = canBeOverdue;
        this.secretaryNudged = secretaryNudged;
    }

    /**
     * The first due date on or after {@code day}; for the term, a year after {@code day}; a meeting's protocol
     * has no calendar date of its own, so {@code day} itself.
     */
    public LocalDate firstOnOrAfter(LocalDate day) {
        if (this == MEETING_PROTOCOL) {
            return day;
        }
        if (this == TERM_END) {
            return day.plusYears(1);
        }
        if (this == QUARTER_MEETING) {
            return quarterEnd(day);
        }
        LocalDate candidate = annual.atYear(day.getYear());
        return candidate.isBefore(day) ? annual.atYear(day.getYear() + 1) : candidate;
    }

    /** The due date that follows {@code due} once it is done or, for a meeting rule, once its period is over. */
    public LocalDate after(LocalDate due) {
        return this == TERM_END ? due.plusYears(1) : firstOnOrAfter(due.plusDays(1));
    }

    /**
     * Whether a nudge goes on a day {@code daysLeft} before the due date (negative once overdue): the kind's first
     * nudge, then 14, 7, 3 and 1 days before and on the day, then on the first overdue day and every two days. A
     * protocol, due a few days after its meeting, is nudged only on the eve and on the day before it is overdue.
     */
    public boolean nudgesAt(int daysLeft) {
        if (daysLeft >= 0 && perMeeting()) {
            return daysLeft <= firstNudge;
        }
        if (daysLeft >= 0) {
            return daysLeft == firstNudge || BEFORE.contains(daysLeft);
        }
        return canBeOverdue && -daysLeft % 2 == 1;
    }

    /**
     * Reports and the plan stay overdue until done; a meeting rule cannot be made up once its period is over, so
     * it moves on to the next period instead.
     */
    public boolean canBeOverdue() {
        return canBeOverdue;
    }

    /** The secretary prepares the reports (T 2.6), so they are nudged about them as well as the chair. */
    public boolean secretaryNudged() {
        return secretaryNudged;
    }

    /**
     * A deadline about one meeting (its protocol): created when the meeting closes, not with the association, and
     * met once rather than moving on to a next date.
     */
    public boolean perMeeting() {
        return this == MEETING_PROTOCOL;
    }

    static LocalDate quarterEnd(LocalDate day) {
        int quarterStartMonth = (day.getMonthValue() - 1) / 3 * 3 + 1;
        return LocalDate.of(day.getYear(), quarterStartMonth, 1).plusMonths(3).minusDays(1);
    }
}
