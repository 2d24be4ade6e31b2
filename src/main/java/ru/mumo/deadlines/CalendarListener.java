package ru.mumo.deadlines;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.deadlines.internal.Deadlines;
import ru.mumo.membership.Association;
import ru.mumo.membership.AssociationCreated;
import ru.mumo.membership.MemberJoined;
import ru.mumo.membership.Role;

/** Gives a new association the regulation's calendar, and restarts the term when a chair is appointed. */
@Component
@Transactional
class CalendarListener {

    private final Deadlines deadlines;
    private final Clock clock;

    CalendarListener(Deadlines deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @EventListener
    void on(AssociationCreated created) {
        Association association = created.association();
        LocalDate today = LocalDate.ofInstant(clock.instant(), association.getTimeZone());
        for (DeadlineKind kind : DeadlineKind.values()) {
            if (kind.perMeeting()) {
                continue;
            }
            deadlines.save(new Deadline(association.getId(), kind, kind.firstOnOrAfter(today),
                    association.getTimeZone()));
        }
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
