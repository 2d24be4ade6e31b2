package ru.mumo.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.deadlines.internal.DeadlineNudges;
import ru.mumo.deadlines.internal.Deadlines;
import ru.mumo.membership.Association;
import ru.mumo.membership.AssociationCreated;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.MemberJoined;
import ru.mumo.membership.RegulationChanged;
import ru.mumo.membership.Role;

/**
 * Gives a new association its regulation's calendar, brings the calendar in line when the association follows another
 * regulation, and restarts the term when a chair is appointed.
 */
@Component
@Transactional
class CalendarListener {

    private final Deadlines deadlines;
    private final DeadlineNudges nudges;
    private final Calendars calendars;
    private final AssociationService associations;
    private final Clock clock;

    CalendarListener(Deadlines deadlines, DeadlineNudges nudges, Calendars calendars, AssociationService associations,
            Clock clock) {
        this.deadlines = deadlines;
        this.nudges = nudges;
        this.calendars = calendars;
        this.associations = associations;
        this.clock = clock;
    }

    @EventListener
    void on(AssociationCreated created) {
        sync(created.association());
    }

    @EventListener
    void on(RegulationChanged changed) {
        sync(associations.association(changed.associationId()).orElseThrow());
    }

    /**
     * The association's calendar deadlines become its regulation's: a kind the regulation lacks goes (with its nudges),
     * a kind it adds starts from its next date, a yearly date it moves starts again from the new one. Protocols owed for
     * meetings already closed stay.
     */
    private void sync(Association association) {
        ZoneId zone = association.getTimeZone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<CalendarRule> rules = calendars.of(association.getId()).stream().filter(r -> !r.kind().perMeeting())
                .toList();
        Map<DeadlineKind, Deadline> existing = deadlines.findByAssociation(association.getId()).stream()
                .filter(d -> !d.getKind().perMeeting())
                .collect(Collectors.toMap(Deadline::getKind, Function.identity()));
        existing.values().stream().filter(d -> rules.stream().noneMatch(r -> r.kind() == d.getKind())).forEach(d -> {
            nudges.deleteAll(nudges.findByDeadline(d.getId()));
            deadlines.delete(d);
        });
        for (CalendarRule rule : rules) {
            Deadline deadline = existing.get(rule.kind());
            if (deadline == null) {
                deadlines.save(new Deadline(association.getId(), rule.kind(), rule.firstOnOrAfter(today), zone));
            } else if (rule.annual() != null && !rule.annual().equals(MonthDay.from(deadline.getDueDate()))
                    && deadline.getLastDoneFor() == null) {
                deadline.redate(rule.firstOnOrAfter(today));
            }
        }
        deadlines.flush();
    }

    /** The chair's term (and the members' with it) runs a year from the chair's appointment (T 2.7). */
    @EventListener
    void on(MemberJoined joined) {
        if (joined.role() != Role.CHAIR) {
            return;
        }
        deadlines.find(joined.associationId(), DeadlineKind.TERM_END).ifPresent(term ->
                term.restartTerm(LocalDate.ofInstant(clock.instant(), term.getTimeZone())));
    }
}
