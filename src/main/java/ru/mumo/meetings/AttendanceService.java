package ru.mumo.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.meetings.Attendance.MarkedBy;
import ru.mumo.meetings.MeetingException.Reason;
import ru.mumo.meetings.internal.Attendances;
import ru.mumo.meetings.internal.Meetings;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;

/** Check-in, the officers' attendance list, the live quorum and closing the meeting. */
@Service
@Transactional(noRollbackFor = MeetingException.class)
public class AttendanceService {

    private final Meetings meetings;
    private final Attendances attendances;
    private final MembershipService membership;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttendanceService(Meetings meetings, Attendances attendances, MembershipService membership,
            ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.attendances = attendances;
        this.membership = membership;
        this.events = events;
        this.clock = clock;
    }

    /** The association's meeting of today that is not over yet: open first, else the earliest scheduled. */
    @Transactional(readOnly = true)
    public Optional<Meeting> today(long associationId) {
        Instant now = clock.instant();
        List<Meeting> candidates = meetings.findStartingBetween(associationId,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)));
        return candidates.stream()
                .filter(m -> m.getStatus() == MeetingStatus.SCHEDULED || m.getStatus() == MeetingStatus.OPEN)
                .filter(m -> m.localDate().equals(LocalDate.ofInstant(now, m.getTimeZone())))
                .min((a, b) -> a.getStatus() == b.getStatus() ? a.getStartsAt().compareTo(b.getStartsAt())
                        : a.getStatus() == MeetingStatus.OPEN ? -1 : 1);
    }

    /** Opens today's meeting for check-in: every member gets an "I'm here" button until it is closed. */
    public Meeting openCheckIn(Membership officer) {
        Meeting meeting = todayFor(officer);
        meeting.openCheckIn();
        events.publishEvent(new CheckInOpened(meeting.getId()));
        return meeting;
    }

    /** Today's meeting, opened for attendance marks by an officer (no check-in buttons sent). */
    public Meeting openAttendance(Membership officer) {
        Meeting meeting = todayFor(officer);
        meeting.open();
        return meeting;
    }

    /** The member says they are at the meeting; valid while check-in is open. */
    public Attendance checkIn(long meetingId, Membership member) {
        Meeting meeting = find(meetingId);
        MeetingService.requireMemberOf(member, meeting);
        meeting.requireNotEnded();
        if (!meeting.isCheckInOpen()) {
            throw new MeetingException(Reason.CHECK_IN_CLOSED);
        }
        return mark(meeting, member.getId(), true, MarkedBy.SELF);
    }

    /** An officer marks someone present or absent, the opposite of what the list showed; returns the new mark. */
    public boolean toggle(long meetingId, Membership officer, long targetMembershipId) {
        MeetingService.requireOfficer(officer);
        Meeting meeting = find(meetingId);
        MeetingService.requireMemberOf(officer, meeting);
        Membership target = membership.membership(targetMembershipId)
                .filter(m -> m.getAssociation().getId() == meeting.getAssociationId())
                .orElseThrow(() -> new MeetingException(Reason.NOT_A_MEMBER));
        meeting.requireNotEnded();
        if (meeting.getStatus() != MeetingStatus.OPEN) {
            throw new MeetingException(Reason.NOT_OPEN);
        }
        boolean present = !presentIds(meetingId).contains(target.getId());
        mark(meeting, target.getId(), present, MarkedBy.OFFICER);
        return present;
    }

    /** Ends today's open meeting and freezes its attendance and quorum. */
    public Meeting close(Membership officer) {
        MeetingService.requireOfficer(officer);
        Meeting meeting = meetings.findByStatus(officer.getAssociation().getId(), MeetingStatus.OPEN).stream()
                .findFirst().orElseThrow(() -> new MeetingException(Reason.NOT_OPEN));
        meeting.close(quorum(meeting.getId()), clock.instant());
        events.publishEvent(new MeetingClosed(meeting.getId()));
        return meeting;
    }

    /** Live figures while the meeting runs; the frozen ones once it is closed. */
    @Transactional(readOnly = true)
    public Quorum quorum(long meetingId) {
        Meeting meeting = find(meetingId);
        if (meeting.frozenQuorum() != null) {
            return meeting.frozenQuorum();
        }
        Set<Long> members = membership.members(meeting.getAssociationId()).stream()
                .filter(m -> m.getRole().countsAsMember())
                .map(Membership::getId)
                .collect(Collectors.toSet());
        int present = (int) presentIds(meetingId).stream().filter(members::contains).count();
        return Quorum.of(members.size(), present);
    }

    /** Who was marked present (members and guests alike). */
    @Transactional(readOnly = true)
    public Set<Long> presentIds(long meetingId) {
        return attendances.findByMeeting(meetingId).stream()
                .filter(Attendance::isPresent)
                .map(Attendance::getMembershipId)
                .collect(Collectors.toSet());
    }

    private Attendance mark(Meeting meeting, long membershipId, boolean present, MarkedBy by) {
        Instant now = clock.instant();
        Attendance attendance = attendances.find(meeting.getId(), membershipId).orElse(null);
        if (attendance == null) {
            attendance = attendances.save(new Attendance(meeting.getId(), membershipId, present, by, now));
        } else {
            attendance.mark(present, by, now);
        }
        attendances.flush();
        events.publishEvent(new AttendanceChanged(meeting.getId()));
        return attendance;
    }

    private Meeting todayFor(Membership officer) {
        MeetingService.requireOfficer(officer);
        return today(officer.getAssociation().getId())
                .orElseThrow(() -> new MeetingException(Reason.NO_MEETING_TODAY));
    }

    private Meeting find(long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new MeetingException(Reason.NO_SUCH_MEETING));
    }
}
