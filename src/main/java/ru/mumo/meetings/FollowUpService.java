package ru.mumo.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.meetings.FollowUp.Kind;
import ru.mumo.meetings.MeetingException.Reason;
import ru.mumo.meetings.internal.FollowUps;
import ru.mumo.meetings.internal.Meetings;
import ru.mumo.membership.Membership;

/**
 * Follow-ups by the roster, which the bot can do because it knows who belongs: before a meeting, to the members
 * who have not answered its announcement; during it, to those who said "I'll come" and are not marked present; and
 * (through {@link #send}) during a vote, to its electorate's members who have not voted. Nobody who did is
 * disturbed. A follow-up of one kind goes at most once per {@link #INTERVAL} for a meeting or vote: the subject's
 * row is locked while the last one is looked up, so two officers pressing at once, on two instances, send one.
 */
@Service
@Transactional
public class FollowUpService {

    public static final Duration INTERVAL = Duration.ofMinutes(10);

    private final FollowUps followUps;
    private final Meetings meetings;
    private final MeetingService meetingService;
    private final AttendanceService attendance;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUpService(FollowUps followUps, Meetings meetings, MeetingService meetingService,
            AttendanceService attendance, ApplicationEventPublisher events, Clock clock) {
        this.followUps = followUps;
        this.meetings = meetings;
        this.meetingService = meetingService;
        this.attendance = attendance;
        this.events = events;
        this.clock = clock;
    }

    /** Before the meeting: reminds the members who have not answered its announcement, and only them. */
    public FollowUpResult remindUnanswered(Membership officer, long meetingId) {
        Meeting meeting = lock(officer, meetingId);
        if (!meeting.isUpcoming(clock.instant())) {
            meeting.requireNotEnded();
            throw new MeetingException(Reason.NOT_UPCOMING);
        }
        return send(Kind.ANSWER, meetingId, officer, meetingService.rsvpSummary(meetingId).unanswered());
    }

    /** While the meeting runs: reminds those who said "I'll come" and are not marked present. */
    public FollowUpResult remindPromised(Membership officer, long meetingId) {
        Meeting meeting = lock(officer, meetingId);
        meeting.requireOpen();
        return send(Kind.CHECK_IN, meetingId, officer, attendance.promisedButAbsent(meetingId));
    }

    /**
     * Sends a follow-up of {@code kind} about {@code subjectId} to {@code recipients}, unless one went less than
     * {@link #INTERVAL} ago or nobody is left. The caller holds the subject's row locked and has checked that the
     * officer may ask.
     */
    public FollowUpResult send(Kind kind, long subjectId, Membership officer, List<Long> recipients) {
        Instant now = clock.instant();
        Optional<FollowUp> last = followUps.findLast(kind, subjectId)
                .filter(f -> f.getAskedAt().plus(INTERVAL).isAfter(now));
        if (last.isPresent()) {
            return new FollowUpResult(false, 0, last.get());
        }
        if (recipients.isEmpty()) {
            return new FollowUpResult(false, 0, null);
        }
        followUps.save(new FollowUp(kind, subjectId, officer.getId(), now, recipients.size()));
        events.publishEvent(new FollowUpSent(kind, subjectId, officer.getId(), List.copyOf(recipients)));
        return new FollowUpResult(true, recipients.size(), null);
    }

    /** The latest follow-up of the kind about the subject, for the boards that show who asked and when. */
    @Transactional(readOnly = true)
    public Optional<FollowUp> last(Kind kind, long subjectId) {
        return followUps.findLast(kind, subjectId);
    }

    private Meeting lock(Membership officer, long meetingId) {
        MeetingService.requireOfficer(officer);
        Meeting meeting = meetings.lock(meetingId).orElseThrow(() -> new MeetingException(Reason.NO_SUCH_MEETING));
        MeetingService.requireMemberOf(officer, meeting);
        return meeting;
    }
}
