package ru.mumo.deadlines;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.deadlines.internal.Deadlines;
import ru.mumo.documents.ReportPeriod;
import ru.mumo.documents.WorkPlanService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;
import ru.mumo.shared.AcademicYear;

/**
 * Each association's calendar: created with the regulation's defaults, switched and moved by the chair, met by
 * a press of Done or, where the bot can see it, by itself (a submitted plan, a quarter's meeting held).
 */
@Service
@Transactional
public class DeadlineService {

    private final Deadlines deadlines;
    private final MeetingService meetings;
    private final MembershipService membership;
    private final WorkPlanService plans;
    private final Clock clock;

    DeadlineService(Deadlines deadlines, MeetingService meetings, MembershipService membership,
            WorkPlanService plans, Clock clock) {
        this.deadlines = deadlines;
        this.meetings = meetings;
        this.membership = membership;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * The association's deadlines: its calendar, then the protocols still owed, oldest meeting first. Protocols
     * already met are left out.
     */
    @Transactional(readOnly = true)
    public List<Deadline> calendar(long associationId) {
        return deadlines.findByAssociation(associationId).stream().filter(d -> !d.isFinished()).toList();
    }

    /** The protocol deadline of a closed meeting, met or not. */
    @Transactional(readOnly = true)
    public Optional<Deadline> protocolOf(long meetingId) {
        return deadlines.findByMeeting(meetingId);
    }

    @Transactional(readOnly = true)
    public Optional<Deadline> deadline(long deadlineId) {
        return deadlines.findById(deadlineId);
    }

    /** A deadline of the member's association that is still on its calendar (a met protocol is not). */
    @Transactional(readOnly = true)
    public Optional<Deadline> deadline(Membership member, long deadlineId) {
        return deadlines.findById(deadlineId).filter(d -> member != null
                && d.getAssociationId() == member.getAssociation().getId() && !d.isFinished());
    }

    public Optional<Deadline> switchOn(Membership chair, long deadlineId, boolean on) {
        Optional<Deadline> deadline = chairs(chair, deadlineId);
        deadline.ifPresent(d -> {
            if (on) {
                d.switchOn(today(d));
            } else {
                d.switchOff();
            }
        });
        return deadline;
    }

    /** Moves the date by whole days; empty when not allowed or when the new date would already be past. */
    public Optional<Deadline> move(Membership chair, long deadlineId, int days) {
        return chairs(chair, deadlineId).filter(d -> d.moveBy(days, today(d)));
    }

    /**
     * Marks the deadline met for {@code dueDate}, the date the nudge was about; a nudge left over from a date
     * already met (or a protocol already final) changes nothing; a protocol is met only by marking it final. Any officer may do it: the secretary meets
     * the reports.
     */
    public DoneResult markDone(Membership officer, long deadlineId, LocalDate dueDate) {
        Optional<Deadline> deadline = deadlines.findById(deadlineId).filter(d -> isOfficerOf(officer, d));
        if (deadline.isEmpty()) {
            return DoneResult.NOT_ALLOWED;
        }
        if (deadline.get().isFinished() || !deadline.get().getDueDate().equals(dueDate)) {
            return DoneResult.ALREADY;
        }
        if (deadline.get().getKind() == DeadlineKind.MEETING_PROTOCOL) {
            return DoneResult.PROTOCOL_NOT_FINAL;
        }
        deadline.get().markDone(clock.instant());
        return DoneResult.DONE;
    }

    /** What is already done towards the deadline, as of today in the association's zone. */
    @Transactional(readOnly = true)
    public Progress progress(Deadline deadline) {
        long associationId = deadline.getAssociationId();
        LocalDate today = today(deadline);
        LocalDate due = deadline.getDueDate();
        AcademicYear year = deadline.getKind() == DeadlineKind.YEAR_MEETINGS ? AcademicYear.of(due)
                : AcademicYear.of(today);
        int quarter = (due.getMonthValue() - 1) / 3 + 1;
        LocalDate quarterStart = LocalDate.of(due.getYear(), 3 * (quarter - 1) + 1, 1);
        int scheduledInQuarter = (int) meetings.upcoming(associationId).stream().map(Meeting::localDate)
                .filter(d -> !d.isBefore(quarterStart) && !d.isAfter(due)).count();
        AcademicYear planYear = deadline.getKind() == DeadlineKind.WORK_PLAN ? new AcademicYear(due.getYear())
                : AcademicYear.planningFor(today);
        List<Membership> members = membership.members(associationId).stream()
                .filter(m -> m.getRole().countsAsMember()).toList();
        Instant yearAgo = clock.instant().minus(Duration.ofDays(365));
        int fresh = (int) members.stream().filter(m -> m.getJoinedAt().isAfter(yearAgo)).count();
        return new Progress(meetings.heldInAcademicYear(associationId, year.startYear()), Progress.MEETINGS_PER_YEAR,
                meetings.heldInQuarter(associationId, due.getYear(), quarter), scheduledInQuarter,
                plans.items(associationId, planYear).size(), plans.submission(associationId, planYear).isPresent(),
                members.size(), fresh);
    }

    /** Meetings scheduled from today up to the deadline's date, for the "four a year" rule. */
    @Transactional(readOnly = true)
    public int scheduledUntilDue(Deadline deadline) {
        return (int) meetings.upcoming(deadline.getAssociationId()).stream().map(Meeting::localDate)
                .filter(d -> !d.isAfter(deadline.getDueDate())).count();
    }

    /** The period a report deadline covers: the previous calendar year, or the academic year ending. */
    public static Optional<ReportPeriod> reportPeriod(Deadline deadline) {
        int year = deadline.getDueDate().getYear();
        return switch (deadline.getKind()) {
            case CALENDAR_REPORT, SECRETARY_DRAFT -> Optional.of(ReportPeriod.calendarYear(year - 1));
            case ACADEMIC_REPORT -> Optional.of(ReportPeriod.academicYear(new AcademicYear(year - 1)));
            default -> Optional.empty();
        };
    }

    public LocalDate today(Deadline deadline) {
        return LocalDate.ofInstant(clock.instant(), deadline.getTimeZone());
    }

    private Optional<Deadline> chairs(Membership chair, long deadlineId) {
        if (chair == null || !chair.isLive() || chair.getRole() != Role.CHAIR) {
            return Optional.empty();
        }
        return deadline(chair, deadlineId);
    }

    private static boolean isOfficerOf(Membership officer, Deadline deadline) {
        return officer != null && officer.isLive() && officer.getRole().isOfficer()
                && officer.getAssociation().getId() == deadline.getAssociationId();
    }
}
