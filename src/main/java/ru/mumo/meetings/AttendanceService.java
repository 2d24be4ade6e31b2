package ru.mumo.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.meetings.Attendance.MarkedBy;
import ru.mumo.meetings.MeetingException.Reason;
import ru.mumo.meetings.internal.Attendances;
import ru.mumo.meetings.internal.Meetings;
import ru.mumo.meetings.internal.Participants;
import ru.mumo.membership.AssociationService;
import ru.mumo.meetings.internal.Rsvps;
import ru.mumo.membership.MemberLeft;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.PersonErased;
import ru.mumo.membership.Regulation;
import ru.mumo.membership.Role;
import ru.mumo.shared.AcademicYear;

/** Check-in and the meeting's roll, the officers' attendance list, quorum against the roll, and closing the meeting. */
@Service
@Transactional
public class AttendanceService {

    private final Meetings meetings;
    private final Attendances attendances;
    private final Participants participants;
    private final Rsvps rsvps;
    private final MembershipService membership;
    private final AssociationService associations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttendanceService(Meetings meetings, Attendances attendances, Participants participants, Rsvps rsvps,
            MembershipService membership, AssociationService associations, ApplicationEventPublisher events,
            Clock clock) {
        this.associations = associations;
        this.meetings = meetings;
        this.attendances = attendances;
        this.participants = participants;
        this.rsvps = rsvps;
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
        requireMinimum(meeting);
        if (meeting.openCheckIn(clock.instant())) {
            fixRoll(meeting);
        }
        events.publishEvent(new CheckInOpened(meeting.getId()));
        return meeting;
    }

    /** Today's meeting, opened for attendance marks by an officer (no check-in buttons sent). */
    public Meeting openAttendance(Membership officer) {
        Meeting meeting = todayFor(officer);
        requireMinimum(meeting);
        if (meeting.open(clock.instant())) {
            fixRoll(meeting);
        }
        return meeting;
    }

    /**
     * A meeting opens only in an association as big as its regulation asks (S 1.4: at least three), counting members,
     * not guests; one already open carries on.
     */
    private void requireMinimum(Meeting meeting) {
        Regulation regulation = associations.regulationOf(meeting.getAssociationId());
        if (meeting.isRollFixed() || regulation.minMembers() == 0) {
            return;
        }
        long members = membership.members(meeting.getAssociationId()).stream()
                .filter(m -> m.getRole().countsAsMember()).count();
        if (members < regulation.minMembers()) {
            throw new MeetingException(Reason.TOO_FEW_MEMBERS, "members", members, "min", regulation.minMembers(),
                    "clause", regulation.clause("min-members").orElse(""));
        }
    }

    /**
     * The member says they are at the meeting; valid while check-in is open. A member who joined after the roll
     * was fixed is recorded as an invited person: present, but neither counted for quorum nor voting.
     */
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
        meeting.requireOpen();
        boolean present = !presentIds(meetingId).contains(target.getId());
        mark(meeting, target.getId(), present, MarkedBy.OFFICER);
        return present;
    }

    /**
     * Ends today's open meeting: writes down its record (the roll with each person's name, role and presence,
     * the invited persons present, who presided and who kept the minutes), freezes quorum against the roll and
     * gives the protocol its number, the next in the academic year.
     */
    public Meeting close(Membership officer) {
        Meeting meeting = openOf(officer, true);
        Quorum quorum = quorum(meeting.getId());
        record(meeting);
        AcademicYear year = meeting.academicYear();
        meeting.close(quorum, year, meetings.lastNumber(meeting.getAssociationId(), year.startYear()) + 1,
                clock.instant());
        meetings.flush();
        events.publishEvent(new MeetingClosed(meeting.getId(), meeting.isHeld()));
        return meeting;
    }

    /**
     * Ends the association's open event and writes its attendance list (the roll with each person's name, role and
     * presence, and the invited persons present): the event is held. Everyone present counts, guests too: an event
     * has no quorum.
     */
    public Meeting closeEvent(Membership officer) {
        Meeting event = openOf(officer, false);
        record(event);
        event.closeEvent(participants.rollSize(event.getId()), presentIds(event.getId()).size(), clock.instant());
        meetings.flush();
        events.publishEvent(new EventClosed(event.getId()));
        return event;
    }

    private Meeting openOf(Membership officer, boolean meeting) {
        MeetingService.requireOfficer(officer);
        return meetings.findByStatus(officer.getAssociation().getId(), MeetingStatus.OPEN).stream()
                .filter(m -> m.isMeeting() == meeting).findFirst()
                .orElseThrow(() -> new MeetingException(meeting ? Reason.NOT_OPEN : Reason.NO_OPEN_EVENT));
    }

    /**
     * The figures frozen at close; while the meeting runs, the members of its roll present now against the roll;
     * before the roll is fixed, a forecast against today's members.
     */
    @Transactional(readOnly = true)
    public Quorum quorum(long meetingId) {
        Meeting meeting = find(meetingId);
        if (meeting.frozenQuorum() != null) {
            return meeting.frozenQuorum();
        }
        Set<Long> members = meeting.isRollFixed() ? new HashSet<>(participants.rollIds(meetingId))
                : membership.members(meeting.getAssociationId()).stream()
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

    /** The memberships on the meeting's roll, in the order they were written; empty before check-in. */
    @Transactional(readOnly = true)
    public List<Long> roll(long meetingId) {
        return participants.rollIds(meetingId);
    }

    /** Members of the roll present now: those a vote opened now is put to. */
    @Transactional(readOnly = true)
    public List<Long> presentOnRoll(long meetingId) {
        Set<Long> present = presentIds(meetingId);
        return participants.rollIds(meetingId).stream().filter(present::contains).toList();
    }

    /**
     * Who said "I'll come" and is not marked present, members and guests of the association now, in the order of
     * its member list: those an officer may nudge once the meeting has begun.
     */
    @Transactional(readOnly = true)
    public List<Long> promisedButAbsent(long meetingId) {
        Meeting meeting = find(meetingId);
        return promisedButAbsent(meetingId, presentIds(meetingId), membership.members(meeting.getAssociationId()));
    }

    /** The same, from the marks and the member list the caller has read already (a live list reads them once). */
    @Transactional(readOnly = true)
    public List<Long> promisedButAbsent(long meetingId, Set<Long> present, Collection<Membership> members) {
        Set<Long> coming = rsvps.findByMeeting(meetingId).stream().filter(r -> r.getAnswer() == RsvpAnswer.COMING)
                .map(Rsvp::getMembershipId).collect(Collectors.toSet());
        return members.stream().map(Membership::getId)
                .filter(id -> coming.contains(id) && !present.contains(id)).toList();
    }

    /** The meeting's stored record: the roll, then the invited persons present; names and presence from close. */
    @Transactional(readOnly = true)
    public List<Participant> record(long meetingId) {
        return participants.findByMeeting(meetingId);
    }

    /** A member who leaves or is removed during a meeting stays on its roll and counts as absent from then on. */
    @EventListener
    void on(MemberLeft left) {
        for (Meeting meeting : meetings.findByStatus(left.associationId(), MeetingStatus.OPEN)) {
            attendances.find(meeting.getId(), left.membershipId()).filter(Attendance::isPresent)
                    .ifPresent(a -> mark(meeting, left.membershipId(), false, MarkedBy.LEFT));
        }
    }

    /** An erased person's name leaves the meetings' records: the one change a record allows (152-FZ). */
    @EventListener
    void on(PersonErased erased) {
        participants.anonymise(erased.personId(), erased.placeholder());
    }

    private void fixRoll(Meeting meeting) {
        for (Membership m : membership.members(meeting.getAssociationId())) {
            if (m.getRole().countsAsMember()) {
                participants.save(Participant.onRoll(meeting.getId(), m.getId(), m.getPerson().getId(),
                        m.getRole()));
            }
        }
    }

    private void record(Meeting meeting) {
        Set<Long> present = presentIds(meeting.getId());
        List<Participant> roll = participants.findByMeeting(meeting.getId());
        Set<Long> onRoll = new HashSet<>();
        for (Participant p : roll) {
            onRoll.add(p.getMembershipId());
            Membership m = membership.anyMembership(p.getMembershipId()).orElseThrow();
            p.record(m.getRole(), m.getPerson().getFullName(), m.isLive() && present.contains(m.getId()));
        }
        for (Long id : present) {
            if (!onRoll.contains(id)) {
                membership.anyMembership(id).filter(Membership::isLive).ifPresent(m -> participants.save(
                        Participant.invited(meeting.getId(), m.getId(), m.getPerson().getId(), m.getRole(),
                                m.getPerson().getFullName())));
            }
        }
        List<Participant> here = roll.stream().filter(Participant::isPresent).toList();
        here.stream().filter(p -> p.getRole() == Role.CHAIR).findFirst()
                .or(() -> here.stream().filter(p -> p.getRole() == Role.DEPUTY).findFirst())
                .ifPresent(Participant::preside);
        here.stream().filter(p -> p.getRole() == Role.SECRETARY).findFirst().ifPresent(Participant::keepMinutes);
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
