package ru.mumo.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.deadlines.internal.Deadlines;
import ru.mumo.documents.WorkPlanSubmitted;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingClosed;
import ru.mumo.meetings.MeetingService;
import ru.mumo.voting.ProtocolFinalised;

/**
 * Marks deadlines met by work the bot sees done: a submitted plan, a meeting held, a protocol issued; a closed
 * meeting also opens the deadline of its protocol.
 */
@Component
@Transactional
class DeadlinesMetListener {

    private final Deadlines deadlines;
    private final DeadlineService calendar;
    private final Calendars calendars;
    private final MeetingService meetings;
    private final DeadlinesProperties properties;
    private final Clock clock;

    DeadlinesMetListener(Deadlines deadlines, DeadlineService calendar, Calendars calendars, MeetingService meetings,
            DeadlinesProperties properties, Clock clock) {
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.calendars = calendars;
        this.meetings = meetings;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(WorkPlanSubmitted submitted) {
        deadlines.find(submitted.associationId(), DeadlineKind.WORK_PLAN)
                .filter(plan -> plan.getDueDate().getYear() == submitted.academicYear())
                .ifPresent(plan -> plan.markDone(clock.instant(), calendars.rule(plan)));
    }

    /**
     * A closed meeting may meet the quarter's and the year's meeting rules, and owes its protocol a few days after
     * the closing day, in the association's zone, where the regulation's calendar has protocols.
     */
    @EventListener
    void on(MeetingClosed closed) {
        Meeting meeting = meetings.meeting(closed.meetingId()).orElseThrow();
        for (DeadlineKind rule : List.of(DeadlineKind.QUARTER_MEETING, DeadlineKind.YEAR_MEETINGS)) {
            deadlines.find(meeting.getAssociationId(), rule).filter(d -> calendar.progress(d).meets(rule))
                    .ifPresent(d -> d.markDone(clock.instant(), calendars.rule(d)));
        }
        if (deadlines.findByMeeting(meeting.getId()).isPresent()
                || calendars.rule(meeting.getAssociationId(), DeadlineKind.MEETING_PROTOCOL).isEmpty()) {
            return;
        }
        ZoneId zone = meeting.getTimeZone();
        LocalDate closedOn = LocalDate.ofInstant(clock.instant(), zone);
        deadlines.save(new Deadline(meeting.getAssociationId(), DeadlineKind.MEETING_PROTOCOL,
                closedOn.plusDays(properties.protocolDays()), zone, meeting.getId()));
    }

    /** The protocol of a closed meeting was marked final, ready to sign: what its nudges asked for is done. */
    @EventListener
    void on(ProtocolFinalised finalised) {
        deadlines.findByMeeting(finalised.meetingId()).filter(d -> !d.isFinished())
                .ifPresent(d -> d.markDone(clock.instant(), calendars.rule(d)));
    }
}
