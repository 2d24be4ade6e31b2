package ru.mumo.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import ru.mumo.deadlines.internal.DeadlineNudge;
import ru.mumo.deadlines.internal.DeadlineNudges;
import ru.mumo.deadlines.internal.NudgeSweeps;
import ru.mumo.deadlines.internal.Deadlines;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;

/**
 * Decides, by the application's clock, which nudges are due now and sends each once: a deadline's nudge of the
 * day is recorded under a unique (deadline, day) key in the transaction that publishes it, so a restart, a
 * second sweep or a second instance on the same database cannot send it again. A nudge day that passed while
 * the bot was down (no sweep ran after its nine o'clock) is caught up by the next sweep, once.
 */
@Service
public class NudgeService {

    private static final Logger log = LoggerFactory.getLogger(NudgeService.class);

    /** How far back a sweep after downtime looks for a nudge day it missed. */
    static final int MAX_CATCH_UP_DAYS = 31;

    private final Deadlines deadlines;
    private final DeadlineNudges nudges;
    private final NudgeSweeps sweeps;
    private final DeadlineService calendar;
    private final Calendars calendars;
    private final AssociationService associations;
    private final MembershipService membership;
    private final ApplicationEventPublisher events;
    private final DeadlinesProperties properties;
    private final Clock clock;
    private final TransactionTemplate eachDeadline;
    /**
     * Deadlines looked at closely today that needed no nudge because the meetings they ask for are scheduled: the
     * sweep (every minute) does not read their progress again until the next day. In memory, so at worst another
     * instance or a restart reads it once more; a meeting cancelled meanwhile is nudged for on the next nudge day.
     */
    private final Map<Long, LocalDate> plannedOn = new ConcurrentHashMap<>();

    NudgeService(Deadlines deadlines, DeadlineNudges nudges, NudgeSweeps sweeps, DeadlineService calendar,
            Calendars calendars, AssociationService associations, MembershipService membership,
            ApplicationEventPublisher events, DeadlinesProperties properties, Clock clock,
            PlatformTransactionManager transactions) {
        this.deadlines = deadlines;
        this.nudges = nudges;
        this.sweeps = sweeps;
        this.calendar = calendar;
        this.calendars = calendars;
        this.associations = associations;
        this.membership = membership;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.eachDeadline = new TransactionTemplate(transactions);
        this.eachDeadline.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Sends every nudge due now; each deadline in its own transaction and its own failure boundary, so a deadline
     * that fails (its nudge is tried again at the next sweep) stops no other, and the sweep is still recorded.
     */
    public int sendDue() {
        Instant now = clock.instant();
        Instant previousSweep = sweeps.lastRun().orElse(null);
        int sent = 0;
        SweepWindow window = SweepWindow.of(now, previousSweep);
        for (Deadline candidate : deadlines.findEnabled(window.dueBy(), window.dueOn())) {
            Long id = candidate.getId();
            try {
                if (mayHaveWork(candidate, now, previousSweep) && !plannedToday(candidate, now)
                        && Boolean.TRUE.equals(eachDeadline.execute(status -> nudgeIfDue(id, now, previousSweep)))) {
                    sent++;
                }
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                // The unique (deadline, day) key or the deadline's version: another instance got there first
                // (PostgreSQL reports the key, H2 a lock conflict), and its transaction sends the nudge.
                log.info("Deadline {} was handled by another instance: {}", id, e.getClass().getSimpleName());
            } catch (RuntimeException e) {
                log.error("Deadline {} could not be nudged; the next sweep tries again", id, e);
            }
        }
        sweeps.ranAt(now);
        return sent;
    }

    /**
     * The due dates among which lies every deadline that may have work now ({@code mayHaveWork}), in any time zone, so
     * that a sweep reads only those from the database (besides the ones owing a nudge): due on or before the latest
     * local date anywhere now ({@code dueBy}: overdue, or a meeting rule's period over), or a nudge day's number of
     * days after a day that is today somewhere or went by since the previous sweep, as far back as a sweep catches up
     * ({@code dueOn}). Local dates run from a day before the UTC date to a day after it.
     */
    record SweepWindow(LocalDate dueBy, Set<LocalDate> dueOn) {

        private static final Set<Integer> NUDGE_DAYS = DeadlineKind.daysWithNudge();

        static SweepWindow of(Instant now, Instant previousSweep) {
            LocalDate latest = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
            LocalDate earliest = latest.minusDays(2);
            if (previousSweep != null) {
                LocalDate sinceSweep = LocalDate.ofInstant(previousSweep, ZoneOffset.UTC).minusDays(1);
                LocalDate furthestBack = earliest.minusDays(MAX_CATCH_UP_DAYS);
                if (sinceSweep.isBefore(earliest)) {
                    earliest = sinceSweep.isBefore(furthestBack) ? furthestBack : sinceSweep;
                }
            }
            Set<LocalDate> dueOn = new TreeSet<>();
            for (LocalDate day = earliest; !day.isAfter(latest); day = day.plusDays(1)) {
                for (int daysLeft : NUDGE_DAYS) {
                    dueOn.add(day.plusDays(daysLeft));
                }
            }
            return new SweepWindow(latest, dueOn);
        }
    }

    /** The nudges a deadline has had, oldest first. */
    public List<LocalDate> nudgeDates(long deadlineId) {
        return nudges.findByDeadline(deadlineId).stream().map(DeadlineNudge::getNudgeDate).toList();
    }

    /**
     * Whether the deadline needs a closer look today, judged from its row alone: a nudge day (or one missed or
     * owed) or a meeting rule's period that ended. On most days most deadlines need none, and a sweep of a whole
     * region's calendar opens a transaction only for those that do.
     */
    private boolean mayHaveWork(Deadline deadline, Instant now, Instant previousSweep) {
        LocalDate today = LocalDate.ofInstant(now, deadline.getTimeZone());
        return deadline.isNudgeOwed() || deadline.getKind().nudgesAt(deadline.daysLeft(today))
                || !deadline.getKind().canBeOverdue() && deadline.getDueDate().isBefore(today)
                || missedNudgeDay(deadline, today, previousSweep);
    }

    private boolean nudgeIfDue(long deadlineId, Instant now, Instant previousSweep) {
        Deadline deadline = deadlines.findById(deadlineId).orElse(null);
        if (deadline == null || !deadline.isEnabled()) {
            return false;
        }
        ZonedDateTime local = now.atZone(deadline.getTimeZone());
        LocalDate today = local.toLocalDate();
        CalendarRule rule = calendars.rule(deadline);
        deadline.rollPast(today, rule);
        // Cheap checks first: on most days a deadline has no nudge, and the sweep visits every deadline.
        boolean missed = missedNudgeDay(deadline, today, previousSweep);
        if (local.toLocalTime().isBefore(properties.nudgeAt())) {
            if (missed && !deadline.isNudgeOwed()) {
                deadline.oweNudge(true);
            }
            return false;
        }
        if (!deadline.getKind().nudgesAt(deadline.daysLeft(today)) && !missed && !deadline.isNudgeOwed()) {
            return false;
        }
        deadline.oweNudge(false);
        if (nudges.sent(deadlineId, today)) {
            return false;
        }
        Progress progress = calendar.progress(deadline);
        if (progress.meets(deadline.getKind())) {
            // Met by what the bot can see (usually already on the event that met it): no nudge for it.
            deadline.markDone(now, rule);
            deadline.rollPast(today, rule);
            return false;
        }
        if (plannedAlready(deadline, progress)) {
            plannedOn.put(deadlineId, today);
            return false;
        }
        int daysLeft = deadline.daysLeft(today);
        NudgeDue due = recipients(deadline, rule, daysLeft, progress);
        nudges.saveAndFlush(new DeadlineNudge(deadlineId, today, deadline.getDueDate(), due.escalatedTo() != null, now));
        events.publishEvent(due);
        return true;
    }

    /**
     * Who gets the nudge: the chair, and the secretary where the secretary prepares it (T 2.6); once overdue also the
     * deputy, where the regulation has one. With the chair's seat empty, the deputy stands in (T 2.5) and the officials
     * are told; a term's last day goes to the officials as well.
     */
    private NudgeDue recipients(Deadline deadline, CalendarRule rule, int daysLeft, Progress progress) {
        List<Membership> officers = membership.members(deadline.getAssociationId());
        boolean hasDeputy = associations.regulationOf(deadline.getAssociationId()).hasDeputy();
        List<Long> chairs = ids(officers, Role.CHAIR);
        Long deputy = hasDeputy ? ids(officers, Role.DEPUTY).stream().findFirst().orElse(null) : null;
        List<Long> recipients = new ArrayList<>(chairs);
        if (rule.secretaryNudged()) {
            recipients.addAll(ids(officers, Role.SECRETARY));
        }
        boolean seatEmpty = chairs.isEmpty();
        Long standingIn = seatEmpty ? deputy : null;
        Long escalated = !seatEmpty && daysLeft < 0 ? deputy : null;
        if (deputy != null && (seatEmpty || escalated != null)) {
            recipients.add(deputy);
        }
        boolean officials = seatEmpty || deadline.getKind() == DeadlineKind.TERM_END && daysLeft == 0;
        return new NudgeDue(deadline.getId(), deadline.getAssociationId(), deadline.getKind(), deadline.getDueDate(),
                daysLeft, progress, List.copyOf(recipients), escalated, deadline.getMeetingId(), standingIn, officials,
                seatEmpty, rule.clause());
    }

    private boolean plannedToday(Deadline deadline, Instant now) {
        return !deadline.isNudgeOwed()
                && LocalDate.ofInstant(now, deadline.getTimeZone()).equals(plannedOn.get(deadline.getId()));
    }

    /**
     * Whether a nudge day of the deadline went by unswept: its nine o'clock came after the previous sweep, so the
     * bot was down over it. The nudge then goes today from nine, saying how far the date is now; a sweep before
     * nine marks it owed, since the next sweep will no longer see the gap.
     */
    private boolean missedNudgeDay(Deadline deadline, LocalDate today, Instant previousSweep) {
        if (previousSweep == null) {
            return false;
        }
        for (int back = 1; back <= MAX_CATCH_UP_DAYS; back++) {
            LocalDate day = today.minusDays(back);
            if (!ZonedDateTime.of(day, properties.nudgeAt(), deadline.getTimeZone()).toInstant().isAfter(previousSweep)) {
                return false;
            }
            if (deadline.getKind().nudgesAt(deadline.daysLeft(day))) {
                return true;
            }
        }
        return false;
    }

    /** A meeting rule needs no nudge while the meetings it asks for are already scheduled. */
    private boolean plannedAlready(Deadline deadline, Progress progress) {
        return switch (deadline.getKind()) {
            case QUARTER_MEETING -> progress.scheduledInQuarter() > 0;
            case YEAR_MEETINGS -> progress.heldInAcademicYear() + calendar.scheduledUntilDue(deadline)
                    >= progress.meetingsNeeded();
            default -> false;
        };
    }

    private static List<Long> ids(List<Membership> members, Role role) {
        return members.stream().filter(m -> m.getRole() == role).map(Membership::getId).toList();
    }
}
