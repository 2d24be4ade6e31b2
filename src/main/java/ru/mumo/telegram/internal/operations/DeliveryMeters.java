package ru.mumo.telegram.internal.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import ru.mumo.deadlines.DeadlineService;
import ru.mumo.deadlines.DeadlinesProperties;
import ru.mumo.deadlines.NudgeDue;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.ReminderDue;

/**
 * Counts the reminders and deadline nudges that went out (once their transaction committed) and how late each
 * was against its own time: a reminder's "an hour before", a nudge's nine o'clock in the association's zone.
 */
@Component
class DeliveryMeters {

    private static final Logger log = LoggerFactory.getLogger(DeliveryMeters.class);

    private final MeetingService meetings;
    private final DeadlineService deadlines;
    private final DeadlinesProperties deadlineSettings;
    private final Clock clock;
    private final Timer reminders;
    private final Timer nudges;

    DeliveryMeters(MeetingService meetings, DeadlineService deadlines, DeadlinesProperties deadlineSettings,
            Clock clock, MeterRegistry meters) {
        this.meetings = meetings;
        this.deadlines = deadlines;
        this.deadlineSettings = deadlineSettings;
        this.clock = clock;
        this.reminders = Timer.builder("mumo.reminders.lateness")
                .description("Meeting reminders sent, and how long after their time").register(meters);
        this.nudges = Timer.builder("mumo.nudges.lateness")
                .description("Deadline nudges sent, and how long after their day's nudge time").register(meters);
    }

    @TransactionalEventListener
    void on(ReminderDue event) {
        try {
            meetings.meeting(event.meetingId()).ifPresent(meeting ->
                    reminders.record(lateness(meeting.getStartsAt().minus(event.before()))));
        } catch (RuntimeException e) {
            log.debug("Reminder of meeting {} not measured", event.meetingId(), e);
        }
    }

    @TransactionalEventListener
    void on(NudgeDue event) {
        try {
            deadlines.deadline(event.deadlineId()).ifPresent(deadline -> {
                LocalDate today = LocalDate.ofInstant(clock.instant(), deadline.getTimeZone());
                nudges.record(lateness(ZonedDateTime.of(today, deadlineSettings.nudgeAt(), deadline.getTimeZone())
                        .toInstant()));
            });
        } catch (RuntimeException e) {
            log.debug("Nudge of deadline {} not measured", event.deadlineId(), e);
        }
    }

    private Duration lateness(Instant due) {
        Duration late = Duration.between(due, clock.instant());
        return late.isNegative() ? Duration.ZERO : late;
    }
}
