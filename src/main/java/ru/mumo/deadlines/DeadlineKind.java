package ru.mumo.deadlines;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The kinds of dated duty a regulation's calendar is made of (DOMAIN.md, "Deadlines"); which ones an association has,
 * their dates and who prepares them come from its regulation ({@link CalendarRule}). Reports and the plan fall on a
 * yearly date and stay overdue until done; the meeting rules follow the calendar quarter or the academic year and move
 * on once their period is over; the term runs a year from the chair's appointment; a protocol is owed per meeting.
 */
public enum DeadlineKind {
    /** S 3.1: the work plan for the academic year by 10 September. */
    WORK_PLAN(14, true),
    /**
     * T 3.8: the report for the previous calendar year to the regional association by 25 February. T 2.6 has the
     * secretary prepare and send the same report "не позднее 1 марта": one report, and the earlier date is the due one.
     */
    CALENDAR_REPORT(14, true),
    /** S 3.4: the analysis of the past academic year to the education department by 30 May. */
    ACADEMIC_REPORT(14, true),
    /** T 2.4: at least one meeting each quarter; nudged from 30 days before the quarter ends. */
    QUARTER_MEETING(30, false),
    /**
     * S 3.2: at least four meetings per academic year. Counted to 31 May, the last month teachers are at
     * school; a meeting in the summer still counts.
     */
    YEAR_MEETINGS(30, false),
    /**
     * T 2.7, T 2.8: the one-year term of the chair and members. On its last day the chair and the officials get the
     * renewal (members now who were not members at its start, over members now, against a third); then the next term
     * begins.
     */
    TERM_END(30, false),
    /**
     * T 2.4, S 3.3: every meeting is recorded in a protocol signed by the chair and the secretary, who keeps the
     * protocols (T 2.6). The regulations set no date, so the bot gives the protocol a few days after the meeting
     * closes (app.deadlines.protocol-days) and nudges on the eve, on the day and while overdue. One per meeting.
     */
    MEETING_PROTOCOL(1, true);

    /** Days before the due date a nudge goes, besides the first one of each kind. */
    static final List<Integer> BEFORE = List.of(14, 7, 3, 1, 0);

    private final int firstNudge;
    private final boolean canBeOverdue;

    DeadlineKind(int firstNudge, boolean canBeOverdue) {
        this.firstNudge = firstNudge;
        this.canBeOverdue = canBeOverdue;
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
     * Every number of days before a due date on which some kind nudges, that is every {@code daysLeft >= 0} for which
     * {@link #nudgesAt} holds for one kind or another.
     */
    public static SortedSet<Integer> daysWithNudge() {
        SortedSet<Integer> days = new TreeSet<>();
        int furthest = Collections.max(BEFORE);
        for (DeadlineKind kind : values()) {
            for (int daysLeft = 0; daysLeft <= Math.max(kind.firstNudge, furthest); daysLeft++) {
                if (kind.nudgesAt(daysLeft)) {
                    days.add(daysLeft);
                }
            }
        }
        return days;
    }

    /**
     * Reports, the plan and protocols stay overdue until done; a meeting rule cannot be made up once its period is
     * over, and a term ends on its day, so they move on to the next period instead.
     */
    public boolean canBeOverdue() {
        return canBeOverdue;
    }

    /** Whether it falls on a yearly date the regulation gives. */
    public boolean yearly() {
        return this == WORK_PLAN || this == CALENDAR_REPORT || this == ACADEMIC_REPORT || this == YEAR_MEETINGS;
    }

    /** An annual report, which goes where the regulation sends it once marked done. */
    public boolean report() {
        return this == CALENDAR_REPORT || this == ACADEMIC_REPORT;
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
