package ru.mumo.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * One deadline of an association's calendar: its kind, the date it is currently due, whether the chair keeps it
 * on, and when it was last met. Once met it moves on to its next date, so the calendar never runs out.
 */
@Entity
public class Deadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long associationId;

    @Enumerated(EnumType.STRING)
    private DeadlineKind kind;

    private LocalDate dueDate;

    /** The association's zone: nudges go at nine in the morning there. */
    private String timeZone;

    private boolean enabled;

    private Instant lastDoneAt;

    /** The due date that was met at {@link #lastDoneAt}. */
    private LocalDate lastDoneFor;

    /** The meeting a per-meeting deadline (its protocol) is about; 0 for the association's calendar. */
    private long meetingId;

    /** A nudge day went by while the bot was down, and the sweep that found it was too early to send it. */
    private boolean nudgeOwed;

    @Version
    private long version;

    protected Deadline() {
    }

    Deadline(long associationId, DeadlineKind kind, LocalDate dueDate, ZoneId timeZone) {
        this.associationId = associationId;
        this.kind = kind;
        this.dueDate = dueDate;
        this.timeZone = timeZone.getId();
        this.enabled = true;
    }

    /** A meeting's protocol, due on {@code dueDate}. */
    Deadline(long associationId, DeadlineKind kind, LocalDate dueDate, ZoneId timeZone, long meetingId) {
        this(associationId, kind, dueDate, timeZone);
        if (!kind.perMeeting() || meetingId <= 0) {
            throw new IllegalArgumentException(kind + " is not about meeting " + meetingId);
        }
        this.meetingId = meetingId;
    }

    /** A calendar deadline moves on to its next date by its rule; a meeting's protocol is met once and for all. */
    void markDone(Instant now, CalendarRule rule) {
        this.nudgeOwed = false;
        this.lastDoneAt = now;
        this.lastDoneFor = dueDate;
        if (kind.perMeeting()) {
            this.enabled = false;
        } else {
            this.dueDate = rule.after(dueDate);
        }
    }

    boolean isNudgeOwed() {
        return nudgeOwed;
    }

    void oweNudge(boolean owed) {
        this.nudgeOwed = owed;
    }

    /** A meeting's protocol that was met: it leaves the calendar and cannot be switched back on. */
    public boolean isFinished() {
        return kind.perMeeting() && lastDoneAt != null;
    }

    /** A meeting rule whose period ended unmet, or a term that ended, moves on to the period containing {@code today}. */
    boolean rollPast(LocalDate today, CalendarRule rule) {
        if (kind.canBeOverdue() || !dueDate.isBefore(today)) {
            return false;
        }
        while (dueDate.isBefore(today)) {
            dueDate = rule.after(dueDate);
        }
        return true;
    }

    /**
     * Turned back on, a deadline whose date passed meanwhile starts from its next date rather than overdue; a
     * protocol keeps its date, since it is still owed, and one already met stays off.
     */
    void switchOn(LocalDate today, CalendarRule rule) {
        if (isFinished()) {
            return;
        }
        if (!enabled && dueDate.isBefore(today) && !kind.perMeeting()) {
            dueDate = rule.firstOnOrAfter(today);
        }
        enabled = true;
    }

    /** The regulation changed the kind's yearly date: the deadline starts again from the new one. */
    void redate(LocalDate due) {
        this.dueDate = due;
        this.nudgeOwed = false;
    }

    void switchOff() {
        enabled = false;
        nudgeOwed = false;
    }

    /** Moves the date; a date already passed is refused, since it would only make the deadline overdue. */
    boolean moveBy(int days, LocalDate today) {
        LocalDate moved = dueDate.plusDays(days);
        if (moved.isBefore(today)) {
            return false;
        }
        dueDate = moved;
        return true;
    }

    /** A new chair's term runs a year from their appointment (T 2.7). */
    void restartTerm(LocalDate appointed) {
        this.dueDate = appointed.plusYears(1);
    }

    public int daysLeft(LocalDate today) {
        return (int) ChronoUnit.DAYS.between(today, dueDate);
    }

    public Long getId() {
        return id;
    }

    public long getAssociationId() {
        return associationId;
    }

    public DeadlineKind getKind() {
        return kind;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLastDoneAt() {
        return lastDoneAt;
    }

    public LocalDate getLastDoneFor() {
        return lastDoneFor;
    }

    /** The meeting a protocol deadline is about; 0 for the association's calendar deadlines. */
    public long getMeetingId() {
        return meetingId;
    }
}
