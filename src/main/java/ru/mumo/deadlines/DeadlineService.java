package ru.mumo.deadlines;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.deadlines.internal.Deadlines;
import ru.mumo.documents.ReportPeriod;
import ru.mumo.documents.WorkPlanService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Association;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.shared.AcademicYear;

/**
 * Each association's calendar: created from its regulation, switched and moved by the chair (or the deputy standing
 * in), met by a press of Done or, where the bot can see it, by itself (a submitted plan, a quarter's meeting held).
 */
@Service
@Transactional
public class DeadlineService {

    /**
     * An association's first term starts with its chair's appointment, while its members are still joining: its
     * composition at the start is the one at the end of this founding month, so founders do not count as renewal.
     */
    static final Duration FOUNDING = Duration.ofDays(30);

    private final Deadlines deadlines;
    private final Calendars calendars;
    private final MeetingService meetings;
    private final MembershipService membership;
    private final AssociationService associations;
    private final WorkPlanService plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeadlineService(Deadlines deadlines, Calendars calendars, MeetingService meetings, MembershipService membership,
            AssociationService associations, WorkPlanService plans, ApplicationEventPublisher events, Clock clock) {
        this.deadlines = deadlines;
        this.calendars = calendars;
        this.meetings = meetings;
        this.membership = membership;
        this.associations = associations;
        this.plans = plans;
        this.events = events;
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

    /** The association's deadlines whose date has passed unmet, as of today in its zone. */
    @Transactional(readOnly = true)
    public List<Deadline> overdue(long associationId) {
        return calendar(associationId).stream()
                .filter(d -> d.isEnabled() && d.getKind().canBeOverdue() && d.daysLeft(today(d)) < 0).toList();
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

    /** The rule of the association's regulation the deadline follows. */
    public CalendarRule rule(Deadline deadline) {
        return calendars.rule(deadline);
    }

    public Optional<Deadline> switchOn(Membership chair, long deadlineId, boolean on) {
        Optional<Deadline> deadline = chairs(chair, deadlineId);
        deadline.ifPresent(d -> {
            if (on) {
                d.switchOn(today(d), calendars.rule(d));
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
     * already met (or a protocol already final) changes nothing; a protocol is met only by marking it final. Any
     * officer may do it: the secretary meets the reports. A report marked done goes where the regulation sends it.
     */
    public DoneResult markDone(Membership officer, long deadlineId, LocalDate dueDate) {
        Optional<Deadline> deadline = deadlines.findById(deadlineId).filter(d -> isOfficerOf(officer, d));
        if (deadline.isEmpty()) {
            return DoneResult.NOT_ALLOWED;
        }
        Deadline d = deadline.get();
        if (d.isFinished() || !d.getDueDate().equals(dueDate)) {
            return DoneResult.ALREADY;
        }
        if (d.getKind() == DeadlineKind.MEETING_PROTOCOL) {
            return DoneResult.PROTOCOL_NOT_FINAL;
        }
        Optional<ReportPeriod> period = reportPeriod(d);
        d.markDone(clock.instant(), calendars.rule(d));
        period.ifPresent(p -> events.publishEvent(new ReportSubmitted(d.getAssociationId(), d.getId(), d.getKind(), p,
                officer.getId())));
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
        int heldInPeriod = reportPeriod(deadline)
                .map(p -> meetings.heldBetween(associationId, p.from(), p.to())).orElse(0);
        CalendarRule rule = calendars.rule(deadline);
        return new Progress(meetings.heldInAcademicYear(associationId, year.startYear()),
                deadline.getKind() == DeadlineKind.QUARTER_MEETING || deadline.getKind() == DeadlineKind.YEAR_MEETINGS
                        ? rule.count() : 0,
                meetings.heldInQuarter(associationId, due.getYear(), quarter), scheduledInQuarter, heldInPeriod,
                plans.items(associationId, planYear).size(), plans.submission(associationId, planYear).isPresent(),
                deadline.getKind() == DeadlineKind.TERM_END ? termReview(deadline, rule) : null);
    }

    /**
     * The renewal over the term that ends on the deadline's date: the composition at its start against the members now,
     * person by person, so a member who left and came back is not new (T 2.8).
     */
    TermReview termReview(Deadline term, CalendarRule rule) {
        ZoneId zone = term.getTimeZone();
        LocalDate start = term.getDueDate().minusYears(1);
        Association association = associations.association(term.getAssociationId()).orElseThrow();
        Instant startAt = start.atStartOfDay(zone).toInstant();
        Instant founded = association.getCreatedAt().plus(FOUNDING);
        Instant compositionAt = startAt.isBefore(founded) ? founded : startAt;
        Instant now = clock.instant();
        if (compositionAt.isAfter(now)) {
            compositionAt = now;
        }
        Instant at = compositionAt;
        List<Membership> ever = membership.everMembers(term.getAssociationId()).stream()
                .filter(m -> m.getRole().countsAsMember()).toList();
        Map<Long, String> names = new HashMap<>();
        ever.forEach(m -> names.put(m.getPerson().getId(), m.getPerson().getFullName()));
        Set<Long> atStart = persons(ever, m -> !m.getJoinedAt().isAfter(at)
                && (m.getLeftAt() == null || m.getLeftAt().isAfter(at)));
        Set<Long> current = persons(ever, Membership::isLive);
        List<String> joined = current.stream().filter(p -> !atStart.contains(p)).map(names::get).sorted().toList();
        List<String> left = atStart.stream().filter(p -> !current.contains(p)).map(names::get).sorted().toList();
        return new TermReview(start, atStart.size(), joined, left, current.size(),
                rule.renewedEnough(joined.size(), current.size()));
    }

    /** Meetings scheduled from today up to the deadline's date, for the year's meetings rule. */
    @Transactional(readOnly = true)
    public int scheduledUntilDue(Deadline deadline) {
        return (int) meetings.upcoming(deadline.getAssociationId()).stream().map(Meeting::localDate)
                .filter(d -> !d.isAfter(deadline.getDueDate())).count();
    }

    /** The period a report deadline covers: the previous calendar year, or the academic year ending. */
    public static Optional<ReportPeriod> reportPeriod(Deadline deadline) {
        return reportPeriod(deadline.getKind(), deadline.getDueDate());
    }

    /** The period a report of that kind, due on {@code due}, covers. */
    public static Optional<ReportPeriod> reportPeriod(DeadlineKind kind, LocalDate due) {
        int year = due.getYear();
        return switch (kind) {
            case CALENDAR_REPORT -> Optional.of(ReportPeriod.calendarYear(year - 1));
            case ACADEMIC_REPORT -> Optional.of(ReportPeriod.academicYear(new AcademicYear(year - 1)));
            default -> Optional.empty();
        };
    }

    public LocalDate today(Deadline deadline) {
        return LocalDate.ofInstant(clock.instant(), deadline.getTimeZone());
    }

    private Optional<Deadline> chairs(Membership chair, long deadlineId) {
        if (!membership.actsAsChair(chair)) {
            return Optional.empty();
        }
        return deadline(chair, deadlineId);
    }

    private static Set<Long> persons(List<Membership> memberships, Predicate<Membership> which) {
        return memberships.stream().filter(which).map(m -> m.getPerson().getId()).collect(Collectors.toSet());
    }

    private static boolean isOfficerOf(Membership officer, Deadline deadline) {
        return officer != null && officer.isLive() && officer.getRole().isOfficer()
                && officer.getAssociation().getId() == deadline.getAssociationId();
    }
}
