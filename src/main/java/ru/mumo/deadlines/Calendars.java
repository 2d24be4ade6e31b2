package ru.mumo.deadlines;

import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Regulation;
import ru.mumo.membership.Role;

/**
 * The calendar each association's regulation gives it, read from the regulation's duties. Checked when the bot starts:
 * a duty of a kind the deadlines do not know, or a yearly one without its date, stops the start.
 */
@Component
public class Calendars {

    private final AssociationService associations;

    Calendars(AssociationService associations) {
        this.associations = associations;
        associations.regulations().forEach(Calendars::rules);
    }

    /** The calendar of a regulation, in its order. */
    public static List<CalendarRule> rules(Regulation regulation) {
        return regulation.calendar().stream().map(CalendarRule::of).toList();
    }

    /** The association's calendar. */
    public List<CalendarRule> of(long associationId) {
        return rules(associations.regulationOf(associationId));
    }

    /** The rule of that kind in the association's calendar, if its regulation has it. */
    public Optional<CalendarRule> rule(long associationId, DeadlineKind kind) {
        return of(associationId).stream().filter(r -> r.kind() == kind).findFirst();
    }

    /** The rule a deadline follows; one its regulation no longer has keeps the kind's plain shape until it is removed. */
    public CalendarRule rule(Deadline deadline) {
        return rule(deadline.getAssociationId(), deadline.getKind())
                .orElseGet(() -> new CalendarRule(deadline.getKind(), MonthDay.from(deadline.getDueDate()), 1,
                        Role.CHAIR, "", new int[] {0, 1}));
    }
}
