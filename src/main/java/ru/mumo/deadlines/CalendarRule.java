package ru.mumo.deadlines;

import java.time.LocalDate;
import java.time.MonthDay;

import ru.mumo.membership.Regulation;
import ru.mumo.membership.Role;

/**
 * A duty of a regulation's calendar as the deadlines read it: its kind, its yearly date where it has one, the meetings
 * it asks for, who prepares it besides the head, the clause it comes from, and for a term the share of new members it
 * needs.
 *
 * @param annual the yearly date of a report, the plan or the year's meetings; {@code null} for the others
 * @param count the meetings a meeting rule asks for in its period
 * @param responsible who prepares it besides the head (CHAIR when the head does)
 * @param renewal the share of members at a term's end who must be new, as numerator and denominator
 */
public record CalendarRule(DeadlineKind kind, MonthDay annual, int count, Role responsible, String clause,
        int[] renewal) {

    static CalendarRule of(Regulation.Duty duty) {
        DeadlineKind kind = DeadlineKind.valueOf(duty.kind());
        MonthDay annual = duty.due() == null ? null : MonthDay.parse("--" + duty.due());
        if (annual == null && (kind.yearly())) {
            throw new IllegalStateException(kind + " needs a due date (MM-dd) in regulations.yml");
        }
        int[] renewal = {0, 1};
        if (duty.renewal() != null) {
            String[] parts = duty.renewal().split("/");
            renewal = new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
        }
        return new CalendarRule(kind, annual, duty.count() == null ? 1 : duty.count(),
                duty.responsible() == null ? Role.CHAIR : duty.responsible(), duty.clause() == null ? "" : duty.clause(),
                renewal);
    }

    /**
     * The first due date on or after {@code day}; for the term, a year after {@code day}; a meeting's protocol has no
     * calendar date of its own, so {@code day} itself.
     */
    public LocalDate firstOnOrAfter(LocalDate day) {
        return switch (kind) {
            case MEETING_PROTOCOL -> day;
            case TERM_END -> day.plusYears(1);
            case QUARTER_MEETING -> DeadlineKind.quarterEnd(day);
            default -> {
                LocalDate candidate = annual.atYear(day.getYear());
                yield candidate.isBefore(day) ? annual.atYear(day.getYear() + 1) : candidate;
            }
        };
    }

    /** The due date that follows {@code due} once it is done or, for a meeting rule or a term, once it is over. */
    public LocalDate after(LocalDate due) {
        return kind == DeadlineKind.TERM_END ? due.plusYears(1) : firstOnOrAfter(due.plusDays(1));
    }

    /** Whether the secretary prepares it (T 2.6: the annual report; the protocols), and so is nudged too. */
    public boolean secretaryNudged() {
        return responsible == Role.SECRETARY;
    }

    /** Whether {@code renewed} new members of {@code members} meet the share the term needs (T 2.8: a third). */
    public boolean renewedEnough(int renewed, int members) {
        return members > 0 && renewed * renewal[1] >= members * renewal[0];
    }
}
