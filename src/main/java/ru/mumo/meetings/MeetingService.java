package ru.mumo.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.meetings.MeetingException.Reason;
import ru.mumo.meetings.internal.Meetings;
import ru.mumo.meetings.internal.Rsvps;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;

/** Scheduling, moving and cancelling meetings, the members' answers, and the figures other modules read. */
@Service
@Transactional
public class MeetingService {

    private final Meetings meetings;
    private final Rsvps rsvps;
    private final ReminderService reminders;
    private final MaterialService materials;
    private final MembershipService membership;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingService(Meetings meetings, Rsvps rsvps, ReminderService reminders, MaterialService materials,
            MembershipService membership, ApplicationEventPublisher events, Clock clock) {
        this.materials = materials;
        this.meetings = meetings;
        this.rsvps = rsvps;
        this.reminders = reminders;
        this.membership = membership;
        this.events = events;
        this.clock = clock;
    }

    public Meeting schedule(Membership officer, ZonedDateTime start, MeetingFormat format, String location,
            List<String> agenda) {
        return schedule(officer, start, format, location, agenda, List.of());
    }

    /** Schedules a meeting with materials attached before its announcement goes out, so that it carries them. */
    public Meeting schedule(Membership officer, ZonedDateTime start, MeetingFormat format, String location,
            List<String> agenda, List<NewMaterial> materials) {
        requireOfficer(officer);
        Instant now = clock.instant();
        requireFuture(start.toInstant(), now);
        List<String> items = agenda.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (items.isEmpty()) {
            // The /meeting_new dialog accepts no empty agenda and no blank item: this is a caller's mistake.
            throw new IllegalArgumentException("A meeting needs at least one agenda item");
        }
        long associationId = officer.getAssociation().getId();
        Meeting meeting = meetings.save(new Meeting(associationId, start, format, requireLocation(location),
                items, officer.getId(), now));
        this.materials.attachAll(meeting, materials, officer);
        reminders.plan(meeting, now);
        events.publishEvent(new MeetingScheduled(meeting.getId()));
        return meeting;
    }

    /**
     * Schedules an event (a seminar, a master class, an open lesson, a conference, a consultation): announced,
     * answered and reminded of like a meeting, with a topic and a level instead of an agenda.
     */
    public Meeting scheduleEvent(Membership officer, MeetingKind kind, String title, EventLevel level,
            ZonedDateTime start, MeetingFormat format, String location, List<NewMaterial> materials) {
        requireOfficer(officer);
        Instant now = clock.instant();
        requireFuture(start.toInstant(), now);
        if (title == null || title.isBlank()) {
            // The /event_new dialog accepts no empty topic: this is a caller's mistake.
            throw new IllegalArgumentException("An event needs a topic");
        }
        Meeting event = meetings.save(Meeting.event(officer.getAssociation().getId(), kind, title.strip(),
                level == null ? EventLevel.MUNICIPAL : level, start, format, requireLocation(location), officer.getId(),
                now));
        this.materials.attachAll(event, materials, officer);
        reminders.plan(event, now);
        events.publishEvent(new MeetingScheduled(event.getId()));
        return event;
    }

    public Meeting move(Membership officer, long meetingId, Instant start) {
        Meeting meeting = own(officer, meetingId);
        Instant now = clock.instant();
        requireFuture(start, now);
        Instant previous = meeting.getStartsAt();
        meeting.moveTo(start, now);
        reminders.replan(meeting, now);
        events.publishEvent(new MeetingChanged(meetingId, previous));
        return meeting;
    }

    public Meeting relocate(Membership officer, long meetingId, MeetingFormat format, String location) {
        Meeting meeting = own(officer, meetingId);
        meeting.relocate(format, requireLocation(location), clock.instant());
        events.publishEvent(new MeetingChanged(meetingId, meeting.getStartsAt()));
        return meeting;
    }

    public Meeting cancel(Membership officer, long meetingId) {
        Meeting meeting = own(officer, meetingId);
        meeting.cancel(clock.instant());
        reminders.dropPending(meeting);
        events.publishEvent(new MeetingCancelled(meetingId));
        return meeting;
    }

    /** The member's answer to the announcement; they may change their mind until the meeting starts. */
    public Rsvp answer(long meetingId, Membership member, RsvpAnswer answer) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new MeetingException(Reason.NO_SUCH_MEETING));
        requireMemberOf(member, meeting);
        Instant now = clock.instant();
        if (!meeting.isUpcoming(now)) {
            meeting.requireNotEnded();
            throw new MeetingException(Reason.NOT_UPCOMING);
        }
        Rsvp rsvp = rsvps.find(meetingId, member.getId()).orElse(null);
        if (rsvp == null) {
            return rsvps.save(new Rsvp(meetingId, member.getId(), answer, now));
        }
        rsvp.change(answer, now);
        return rsvp;
    }

    @Transactional(readOnly = true)
    public Optional<Meeting> meeting(long meetingId) {
        return meetings.findById(meetingId);
    }

    /** Scheduled meetings (not events) that have not started yet, soonest first. */
    @Transactional(readOnly = true)
    public List<Meeting> upcoming(long associationId) {
        return upcomingOfAnyKind(associationId).stream().filter(Meeting::isMeeting).toList();
    }

    /** Scheduled events that have not started yet, soonest first. */
    @Transactional(readOnly = true)
    public List<Meeting> upcomingEvents(long associationId) {
        return upcomingOfAnyKind(associationId).stream().filter(m -> !m.isMeeting()).toList();
    }

    /** Scheduled meetings and events that have not started yet, soonest first: those that may be moved or cancelled. */
    @Transactional(readOnly = true)
    public List<Meeting> upcomingOfAnyKind(long associationId) {
        return meetings.findStartingAfter(associationId, MeetingStatus.SCHEDULED, clock.instant());
    }

    /** Events closed (held) with a start date in {@code [from, to)}, earliest first, for the annual report. */
    @Transactional(readOnly = true)
    public List<Meeting> eventsHeldBetween(long associationId, LocalDate from, LocalDate to) {
        return meetings.findByStatus(associationId, MeetingStatus.CLOSED).stream()
                .filter(m -> !m.isMeeting())
                .filter(m -> !m.localDate().isBefore(from) && m.localDate().isBefore(to))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<RsvpAnswer> answerOf(long meetingId, long membershipId) {
        return rsvps.find(meetingId, membershipId).map(Rsvp::getAnswer);
    }

    /** Members' answers so far (guests left out) and who has not answered, in the order of the member list. */
    @Transactional(readOnly = true)
    public RsvpSummary rsvpSummary(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new MeetingException(Reason.NO_SUCH_MEETING));
        Map<Long, RsvpAnswer> answers = rsvps.findByMeeting(meetingId).stream()
                .collect(Collectors.toMap(Rsvp::getMembershipId, Rsvp::getAnswer));
        List<Membership> members = membership.members(meeting.getAssociationId()).stream()
                .filter(m -> m.getRole().countsAsMember()).toList();
        int coming = (int) members.stream().filter(m -> answers.get(m.getId()) == RsvpAnswer.COMING).count();
        int notComing = (int) members.stream().filter(m -> answers.get(m.getId()) == RsvpAnswer.NOT_COMING).count();
        List<Long> unanswered = members.stream().map(Membership::getId).filter(id -> !answers.containsKey(id)).toList();
        return new RsvpSummary(members.size(), coming, notComing, unanswered);
    }

    /**
     * How many meetings were held with a start date in {@code [from, to)}, for the deadlines: closed with quorum,
     * since a meeting without quorum is not правомочно and takes no decisions (T 2.4). Events never count.
     */
    @Transactional(readOnly = true)
    public int heldBetween(long associationId, LocalDate from, LocalDate to) {
        return (int) meetings.findByStatus(associationId, MeetingStatus.CLOSED).stream()
                .filter(Meeting::isMeeting)
                .filter(Meeting::isHeld)
                .map(Meeting::localDate)
                .filter(d -> !d.isBefore(from) && d.isBefore(to))
                .count();
    }

    /** Meetings held in a calendar quarter (1-4): T 2.4 asks for at least one each quarter. */
    @Transactional(readOnly = true)
    public int heldInQuarter(long associationId, int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("Quarter must be 1 to 4");
        }
        LocalDate from = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        return heldBetween(associationId, from, from.plusMonths(3));
    }

    /**
     * Meetings held in the academic year that starts on 1 September of {@code startYear}: S 3.2 asks for at
     * least four.
     */
    @Transactional(readOnly = true)
    public int heldInAcademicYear(long associationId, int startYear) {
        return heldBetween(associationId, LocalDate.of(startYear, 9, 1), LocalDate.of(startYear + 1, 9, 1));
    }

    /** Meetings (not events) that have begun, open or closed, newest first: those whose minutes can be written. */
    @Transactional(readOnly = true)
    public List<Meeting> held(long associationId) {
        return begun(associationId).stream().filter(Meeting::isMeeting).toList();
    }

    /** Meetings and events that have begun, open or closed, newest first. */
    @Transactional(readOnly = true)
    public List<Meeting> begun(long associationId) {
        return Stream.concat(meetings.findByStatus(associationId, MeetingStatus.OPEN).stream(),
                        meetings.findByStatus(associationId, MeetingStatus.CLOSED).stream())
                .sorted(Comparator.comparing(Meeting::getStartsAt).reversed())
                .toList();
    }

    /** The memberships a meeting concerns, by id: members and guests of its association. */
    @Transactional(readOnly = true)
    public Map<Long, Membership> participants(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new MeetingException(Reason.NO_SUCH_MEETING));
        return membership.members(meeting.getAssociationId()).stream()
                .collect(Collectors.toMap(Membership::getId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    private Meeting own(Membership officer, long meetingId) {
        requireOfficer(officer);
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new MeetingException(Reason.NO_SUCH_MEETING));
        if (meeting.getAssociationId() != officer.getAssociation().getId()) {
            throw new MeetingException(Reason.NO_SUCH_MEETING);
        }
        return meeting;
    }

    static void requireOfficer(Membership officer) {
        if (officer == null || !officer.isLive() || !officer.getRole().isOfficer()) {
            throw new MeetingException(Reason.NOT_ALLOWED);
        }
    }

    static void requireMemberOf(Membership member, Meeting meeting) {
        if (member == null || !member.isLive() || member.getAssociation().getId() != meeting.getAssociationId()) {
            throw new MeetingException(Reason.NOT_A_MEMBER);
        }
    }

    private static void requireFuture(Instant start, Instant now) {
        if (!start.isAfter(now)) {
            throw new MeetingException(Reason.START_IN_PAST);
        }
    }

    private static String requireLocation(String location) {
        if (location == null || location.isBlank()) {
            // The dialogs ask for a place or link of at least three characters: this is a caller's mistake.
            throw new IllegalArgumentException("A meeting needs a place or a link");
        }
        return location.strip();
    }
}
