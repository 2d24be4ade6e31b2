package ru.mumo.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ru.mumo.meetings.Reminder.Decision;
import ru.mumo.meetings.internal.MeetingSettingsRepository;
import ru.mumo.meetings.internal.Meetings;
import ru.mumo.meetings.internal.Reminders;
import ru.mumo.meetings.internal.Rsvps;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;

/**
 * Plans a meeting's reminders as rows and sends the due ones. "Due" is decided by the application's clock, not
 * by Quartz's: a Quartz job only sweeps, so a rehearsal or a test can shift time and watch reminders go out,
 * and a reminder missed while the bot was down is found by the first sweep after the restart.
 */
@Service
@Transactional
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    public static final int MAX_OFFSETS = 3;
    public static final Duration MIN_OFFSET = Duration.ofMinutes(5);
    public static final Duration MAX_OFFSET = Duration.ofDays(14);

    private final Reminders reminders;
    private final MeetingSettingsRepository settings;
    private final Meetings meetings;
    private final Rsvps rsvps;
    private final MembershipService membership;
    private final ApplicationEventPublisher events;
    private final MeetingsProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;

    ReminderService(Reminders reminders, MeetingSettingsRepository settings, Meetings meetings, Rsvps rsvps, MembershipService membership,
            ApplicationEventPublisher events, MeetingsProperties properties, Clock clock,
            PlatformTransactionManager transactions) {
        this.reminders = reminders;
        this.settings = settings;
        this.meetings = meetings;
        this.rsvps = rsvps;
        this.membership = membership;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * One row per configured offset whose time is still ahead; an offset already past at scheduling is
     * skipped, because the announcement itself has just told everyone. The longest offset carries the forecast.
     */
    void plan(Meeting meeting, Instant now) {
        List<Duration> offsets = offsets(meeting.getAssociationId());
        for (int i = 0; i < offsets.size(); i++) {
            Reminder reminder = new Reminder(meeting.getId(), offsets.get(i),
                    i == 0 ? Reminder.Kind.FORECAST : Reminder.Kind.PLAIN, meeting.getStartsAt());
            if (reminder.getFireAt().isAfter(now)) {
                reminders.save(reminder);
            }
        }
    }

    /** When the association's members are reminded: its own offsets, or the configured defaults. */
    @Transactional(readOnly = true)
    public List<Duration> offsets(long associationId) {
        return settings.findById(associationId).map(MeetingSettings::getReminderOffsets)
                .orElse(properties.reminderOffsets()).stream()
                .sorted(Comparator.reverseOrder()).toList();
    }

    /**
     * An officer sets the association's own offsets (one to {@value #MAX_OFFSETS}, each from
     * {@link #MIN_OFFSET} to {@link #MAX_OFFSET}); the upcoming meetings' reminders follow at once.
     */
    public List<Duration> changeOffsets(Membership officer, List<Duration> offsets) {
        MeetingService.requireOfficer(officer);
        List<Duration> sorted = offsets.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        if (sorted.isEmpty() || sorted.size() > MAX_OFFSETS
                || sorted.stream().anyMatch(d -> d.compareTo(MIN_OFFSET) < 0 || d.compareTo(MAX_OFFSET) > 0)) {
            throw new MeetingException(MeetingException.Reason.BAD_OFFSETS);
        }
        long associationId = officer.getAssociation().getId();
        settings.findById(associationId).ifPresentOrElse(s -> s.remindAt(sorted),
                () -> settings.save(new MeetingSettings(associationId, sorted)));
        settings.flush();
        Instant now = clock.instant();
        meetings.findStartingAfter(associationId, MeetingStatus.SCHEDULED, now).forEach(m -> replan(m, now));
        return sorted;
    }

    void replan(Meeting meeting, Instant now) {
        reminders.deletePending(meeting.getId());
        plan(meeting, now);
    }

    void dropPending(Meeting meeting) {
        reminders.deletePending(meeting.getId());
    }

    /**
     * Sends every reminder that is due now. Each meeting's reminders go in a transaction of their own with the
     * messages the listeners write, so a reminder is marked sent exactly when its messages are committed, and a
     * meeting whose reminder fails (it is retried at the next sweep) does not hold back the others.
     *
     * @return how many reminders were sent
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int sendDue() {
        Instant now = clock.instant();
        List<Long> meetingIds = tx.execute(status -> reminders.findDue(now).stream()
                .map(Reminder::getMeetingId).distinct().toList());
        int sent = 0;
        for (Long meetingId : meetingIds) {
            try {
                sent += tx.execute(status -> sendDue(meetingId, now));
            } catch (RuntimeException e) {
                log.error("Reminders of meeting {} failed; the next sweep tries again", meetingId, e);
            }
        }
        return sent;
    }

    /**
     * When several reminders of one meeting are due at once (the bot was down across more than one), only the
     * latest is sent: two reminders in the same minute would only be noise.
     */
    private int sendDue(long meetingId, Instant now) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        List<Reminder> due = reminders.findDue(meetingId, now).stream()
                .sorted(Comparator.comparing(Reminder::getFireAt).reversed())
                .toList();
        int sent = 0;
        for (int i = 0; i < due.size(); i++) {
            Reminder reminder = due.get(i);
            Decision decision = reminder.decide(now, meeting.getStatus(), meeting.getStartsAt());
            if (decision == Decision.SEND && i == 0) {
                reminder.sent(now);
                events.publishEvent(due(meeting, reminder));
                sent++;
            } else if (decision == Decision.SEND || decision == Decision.DROP) {
                log.info("Reminder {} of meeting {} dropped: {}", reminder.getId(), meetingId,
                        decision == Decision.SEND ? "superseded by a later one" : "the meeting has begun");
                reminder.drop(now);
            }
        }
        return sent;
    }

    @Transactional(readOnly = true)
    public List<Reminder> remindersOf(long meetingId) {
        return reminders.findByMeeting(meetingId);
    }

    /** Who is reminded and who gets the forecast, from one read of the members and their answers. */
    private ReminderDue due(Meeting meeting, Reminder reminder) {
        List<Rsvp> answers = rsvps.findByMeeting(meeting.getId());
        Set<Long> declined = answers.stream()
                .filter(r -> r.getAnswer() == RsvpAnswer.NOT_COMING)
                .map(Rsvp::getMembershipId)
                .collect(Collectors.toSet());
        List<Membership> everyone = membership.members(meeting.getAssociationId());
        List<Long> remind = everyone.stream().map(Membership::getId).filter(id -> !declined.contains(id)).toList();
        if (reminder.getKind() != Reminder.Kind.FORECAST) {
            return new ReminderDue(meeting.getId(), reminder.getOffset(), remind, List.of(), null, byId(everyone));
        }
        List<Long> forecastTo = everyone.stream()
                .filter(m -> m.getRole() == Role.CHAIR || m.getRole() == Role.SECRETARY)
                .map(Membership::getId)
                .toList();
        return new ReminderDue(meeting.getId(), reminder.getOffset(), remind, forecastTo,
                RsvpSummary.of(everyone, answers), byId(everyone));
    }

    private static Map<Long, Membership> byId(List<Membership> memberships) {
        Map<Long, Membership> byId = new LinkedHashMap<>();
        memberships.forEach(m -> byId.put(m.getId(), m));
        return byId;
    }
}
