package ru.mumo.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;

import ru.mumo.deadlines.internal.DeadlineNudge;
import ru.mumo.deadlines.internal.DeadlineNudges;
import ru.mumo.deadlines.internal.Deadlines;
import ru.mumo.deadlines.internal.NudgeSweeps;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;
import ru.mumo.membership.TestRegulations;
import ru.mumo.shared.ShiftableClock;

/**
 * The nudge rules with a fixed clock: every kind at 15, 14, 8, 7, 1 and 0 days before its date and 1 and 3 days
 * after, who gets each nudge, nine o'clock in the association's zone, Done, and the meeting rules read from
 * the meetings held.
 */
class NudgeServiceTests {

    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final long CHAIR = 1;
    private static final long SECRETARY = 2;
    private static final long DEPUTY = 3;
    private static final Progress NOTHING_DONE = new Progress(1, 4, 0, 0, 0, 0, false, null);

    private final Deadlines deadlines = mock(Deadlines.class);
    private final DeadlineNudges nudges = mock(DeadlineNudges.class);
    private final NudgeSweeps sweeps = mock(NudgeSweeps.class);
    private Instant lastSweep;
    private final DeadlineService calendar = mock(DeadlineService.class);
    private final Calendars calendars = mock(Calendars.class);
    private final AssociationService associations = mock(AssociationService.class);
    private final MembershipService membership = mock(MembershipService.class);
    private final List<NudgeDue> published = new ArrayList<>();
    private final Set<String> sentKeys = new HashSet<>();
    private ShiftableClock clock;
    private NudgeService service;
    private Deadline deadline;

    @BeforeEach
    void setUp() {
        List<Membership> officers = List.of(member(CHAIR, Role.CHAIR), member(SECRETARY, Role.SECRETARY),
                member(DEPUTY, Role.DEPUTY), member(4, Role.MEMBER));
        when(membership.members(anyLong())).thenReturn(officers);
        // The query's filter, so that every rule below also shows the sweep's window reads the deadline.
        when(deadlines.findEnabled(any(), any())).thenAnswer(i -> {
            if (deadline == null || !deadline.isEnabled() || !deadline.isNudgeOwed()
                    && deadline.getDueDate().isAfter(i.getArgument(0))
                    && !i.<Collection<LocalDate>>getArgument(1).contains(deadline.getDueDate())) {
                return List.of();
            }
            ReflectionTestUtils.setField(deadline, "id", 7L);
            return List.of(deadline);
        });
        when(deadlines.findById(7L)).thenAnswer(i -> Optional.ofNullable(deadline));
        when(calendar.progress(any())).thenReturn(NOTHING_DONE);
        when(calendars.rule(any(Deadline.class)))
                .thenAnswer(i -> DeadlineKindTests.rule(i.<Deadline>getArgument(0).getKind()));
        when(associations.regulationOf(anyLong())).thenReturn(TestRegulations.terek());
        when(nudges.sent(anyLong(), any())).thenAnswer(i -> sentKeys.contains(i.getArgument(0) + "@" + i.getArgument(1)));
        when(nudges.saveAndFlush(any())).thenAnswer(i -> {
            DeadlineNudge nudge = i.getArgument(0);
            sentKeys.add("7@" + nudge.getNudgeDate());
            return nudge;
        });
        when(sweeps.lastRun()).thenAnswer(i -> Optional.ofNullable(lastSweep));
        when(sweeps.ranAt(any())).thenAnswer(i -> {
            lastSweep = i.getArgument(0);
            return 1;
        });
        ApplicationEventPublisher events = event -> published.add((NudgeDue) event);
        clock = new ShiftableClock(Clock.fixed(ZonedDateTime.of(2026, 1, 1, 9, 0, 0, 0, VLADIVOSTOK).toInstant(),
                VLADIVOSTOK));
        service = new NudgeService(deadlines, nudges, sweeps, calendar, calendars, associations, membership, events,
                new DeadlinesProperties(LocalTime.of(9, 0), Duration.ofMinutes(1), 3), clock,
                mock(PlatformTransactionManager.class));
    }

    static Stream<Arguments> everyKindAndDay() {
        Map<Integer, Boolean> ordinary = Map.of(15, false, 14, true, 8, false, 7, true, 1, true, 0, true, -1, true,
                -3, true);
        Map<Integer, Boolean> meetings = Map.of(15, false, 14, true, 8, false, 7, true, 1, true, 0, true, -1, false,
                -3, false);
        Map<Integer, Boolean> protocol = Map.of(15, false, 14, false, 8, false, 7, false, 1, true, 0, true, -1, true,
                -3, true);
        return Stream.of(DeadlineKind.values()).flatMap(kind -> (kind.perMeeting() ? protocol
                        : kind.canBeOverdue() ? ordinary : meetings)
                .entrySet().stream().map(e -> Arguments.of(kind, e.getKey(), e.getValue())));
    }

    @ParameterizedTest(name = "{0} at {1} days: nudged {2}")
    @MethodSource("everyKindAndDay")
    void everyKindIsNudgedOnItsDaysOnly(DeadlineKind kind, int daysLeft, boolean nudged) {
        LocalDate due = dueDate(kind);
        deadline = kind.perMeeting() ? new Deadline(1, kind, due, VLADIVOSTOK, 42) : new Deadline(1, kind, due, VLADIVOSTOK);
        moveTo(due.minusDays(daysLeft), LocalTime.of(9, 0));

        assertThat(service.sendDue()).isEqualTo(nudged ? 1 : 0);

        if (!nudged) {
            assertThat(published).isEmpty();
            return;
        }
        NudgeDue nudge = published.get(0);
        assertThat(nudge.kind()).isEqualTo(kind);
        assertThat(nudge.daysLeft()).isEqualTo(daysLeft);
        assertThat(nudge.dueDate()).isEqualTo(due);
        List<Long> expected = new ArrayList<>(List.of(CHAIR));
        if (DeadlineKindTests.rule(kind).secretaryNudged()) {
            expected.add(SECRETARY);
        }
        if (daysLeft < 0) {
            expected.add(DEPUTY);
        }
        assertThat(nudge.recipients()).containsExactlyElementsOf(expected);
        assertThat(nudge.escalatedTo()).isEqualTo(daysLeft < 0 ? DEPUTY : null);
        assertThat(nudge.meetingId()).isEqualTo(kind.perMeeting() ? 42 : 0);
        assertThat(nudge.officials()).as("the officials get a term's last day, else only an empty seat's nudges")
                .isEqualTo(kind == DeadlineKind.TERM_END && daysLeft == 0);
        assertThat(nudge.clause()).isEqualTo(DeadlineKindTests.rule(kind).clause());
    }

    @Test
    void withTheChairsSeatEmptyTheDeputyStandsInAndTheOfficialsAreTold() {
        List<Membership> withoutChair = List.of(member(SECRETARY, Role.SECRETARY), member(DEPUTY, Role.DEPUTY),
                member(4, Role.MEMBER));
        when(membership.members(anyLong())).thenReturn(withoutChair);
        LocalDate due = LocalDate.of(2026, 3, 31);
        deadline = new Deadline(1, DeadlineKind.QUARTER_MEETING, due, VLADIVOSTOK);
        moveTo(due.minusDays(7), LocalTime.of(9, 0));

        assertThat(service.sendDue()).isEqualTo(1);
        NudgeDue nudge = published.get(0);
        assertThat(nudge.recipients()).containsExactly(DEPUTY);
        assertThat(nudge.standingIn()).isEqualTo(DEPUTY);
        assertThat(nudge.escalatedTo()).isNull();
        assertThat(nudge.officials()).isTrue();
        assertThat(nudge.chairSeatEmpty()).isTrue();
    }

    @Test
    void underARegulationWithoutADeputyAnEmptySeatsNudgesGoToTheOfficials() {
        when(associations.regulationOf(anyLong())).thenReturn(TestRegulations.spirovo());
        List<Membership> withoutChair = List.of(member(SECRETARY, Role.SECRETARY), member(DEPUTY, Role.DEPUTY),
                member(4, Role.MEMBER));
        when(membership.members(anyLong())).thenReturn(withoutChair);
        LocalDate due = LocalDate.of(2026, 5, 30);
        deadline = new Deadline(1, DeadlineKind.ACADEMIC_REPORT, due, VLADIVOSTOK);
        moveTo(due.plusDays(1), LocalTime.of(9, 0));

        assertThat(service.sendDue()).isEqualTo(1);
        NudgeDue nudge = published.get(0);
        assertThat(nudge.recipients()).as("a deputy left from before has no standing under S").isEmpty();
        assertThat(nudge.standingIn()).isNull();
        assertThat(nudge.officials()).isTrue();
    }

    @Test
    void aMeetingsProtocolIsNudgedOnTheEveAndTheDayThenEveryTwoDaysUntilDoneOnce() {
        LocalDate due = LocalDate.of(2026, 3, 5);
        deadline = new Deadline(1, DeadlineKind.MEETING_PROTOCOL, due, VLADIVOSTOK, 42);
        moveTo(due.minusDays(3), LocalTime.of(18, 0));
        List<LocalDate> nudgedOn = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            if (service.sendDue() == 1) {
                nudgedOn.add(LocalDate.ofInstant(clock.instant(), VLADIVOSTOK));
            }
            clock.shift(Duration.ofDays(1));
        }
        assertThat(nudgedOn).containsExactly(due.minusDays(1), due, due.plusDays(1), due.plusDays(3));
        assertThat(published).extracting(NudgeDue::recipients).first().isEqualTo(List.of(CHAIR, SECRETARY));
        assertThat(published).last().extracting(NudgeDue::escalatedTo).isEqualTo(DEPUTY);

        deadline.markDone(clock.instant(), DeadlineKindTests.rule(DeadlineKind.MEETING_PROTOCOL));
        assertThat(deadline.isEnabled()).isFalse();
        assertThat(deadline.isFinished()).isTrue();
        assertThat(deadline.getDueDate()).as("a protocol is met once, not moved to a next date").isEqualTo(due);
        deadline.switchOn(due.plusDays(7), DeadlineKindTests.rule(DeadlineKind.MEETING_PROTOCOL));
        assertThat(deadline.isEnabled()).as("a met protocol cannot be switched back on").isFalse();
        clock.shift(Duration.ofDays(1));
        assertThat(service.sendDue()).isZero();
    }

    @Test
    void theFirstNudgeOfTheMeetingRulesAndTheTermIsThirtyDaysAhead() {
        for (DeadlineKind kind : List.of(DeadlineKind.QUARTER_MEETING, DeadlineKind.YEAR_MEETINGS,
                DeadlineKind.TERM_END)) {
            assertThat(kind.nudgesAt(30)).as(kind.name()).isTrue();
            assertThat(kind.nudgesAt(29)).as(kind.name()).isFalse();
        }
        assertThat(DeadlineKind.WORK_PLAN.nudgesAt(30)).isFalse();
    }

    @Test
    void nudgesGoFromNineInTheAssociationsZoneAndOncePerDay() {
        LocalDate due = LocalDate.of(2026, 9, 10);
        deadline = new Deadline(1, DeadlineKind.WORK_PLAN, due, VLADIVOSTOK);
        moveTo(due.minusDays(7), LocalTime.of(8, 59));
        assertThat(service.sendDue()).isZero();

        clock.shift(Duration.ofMinutes(1));
        assertThat(service.sendDue()).isEqualTo(1);
        clock.shift(Duration.ofHours(5));
        assertThat(service.sendDue()).isZero();
        assertThat(published).hasSize(1);
    }

    @Test
    void theSweepReadsOnlyTheDeadlinesWithANudgeDayInReachInAnyZone() {
        Instant now = clock.instant();
        NudgeService.SweepWindow window = NudgeService.SweepWindow.of(now, now.minus(Duration.ofMinutes(1)));
        for (String zone : List.of("Pacific/Kiritimati", "Asia/Vladivostok", "Europe/Moscow", "Pacific/Pago_Pago")) {
            LocalDate today = LocalDate.ofInstant(now, ZoneId.of(zone));
            assertThat(window.dueOn()).as(zone).contains(today, today.plusDays(3), today.plusDays(14),
                    today.plusDays(30)).doesNotContain(today.plusDays(20), today.plusDays(25), today.plusDays(40));
            assertThat(window.dueBy()).as(zone).isAfterOrEqualTo(today);
        }
        assertThat(NudgeService.SweepWindow.of(now, now.minus(Duration.ofDays(90))).dueOn()).as("a month caught up")
                .contains(LocalDate.ofInstant(now, VLADIVOSTOK).minusDays(NudgeService.MAX_CATCH_UP_DAYS).plusDays(7));

        deadline = new Deadline(1, DeadlineKind.WORK_PLAN, LocalDate.ofInstant(now, VLADIVOSTOK).plusDays(20),
                VLADIVOSTOK);
        assertThat(deadlines.findEnabled(window.dueBy(), window.dueOn())).as("no nudge day within reach").isEmpty();
    }

    @Test
    void aNudgeDayMissedWhileTheBotWasDownIsCaughtUpOnceFromNine() {
        LocalDate due = LocalDate.of(2026, 9, 10);
        deadline = new Deadline(1, DeadlineKind.WORK_PLAN, due, VLADIVOSTOK);
        moveTo(due.minusDays(9), LocalTime.of(10, 0));
        assertThat(service.sendDue()).as("nine days ahead is no nudge day").isZero();

        // Down from then until three in the morning five days ahead: the seven-day nudge went by unswept.
        moveTo(due.minusDays(5), LocalTime.of(3, 0));
        assertThat(service.sendDue()).as("not before nine").isZero();
        moveTo(due.minusDays(5), LocalTime.of(9, 0));
        assertThat(service.sendDue()).isEqualTo(1);
        assertThat(published.get(0).daysLeft()).isEqualTo(5);
        clock.shift(Duration.ofHours(3));
        assertThat(service.sendDue()).isZero();
        moveTo(due.minusDays(4), LocalTime.of(9, 0));
        assertThat(service.sendDue()).as("the sweeps ran, nothing was missed").isZero();
        moveTo(due.minusDays(3), LocalTime.of(9, 0));
        assertThat(service.sendDue()).isEqualTo(1);
        assertThat(published).extracting(NudgeDue::daysLeft).containsExactly(5, 3);
    }

    @Test
    void aBotThatWasRunningMissedNothingAndCatchesNothingUp() {
        LocalDate due = LocalDate.of(2026, 9, 10);
        deadline = new Deadline(1, DeadlineKind.WORK_PLAN, due, VLADIVOSTOK);
        moveTo(due.minusDays(9), LocalTime.of(10, 0));
        List<Integer> nudgedAt = new ArrayList<>();
        for (int hour = 0; hour < 24 * 9; hour++) {
            if (service.sendDue() == 1) {
                nudgedAt.add(published.get(published.size() - 1).daysLeft());
            }
            clock.shift(Duration.ofHours(1));
        }
        assertThat(nudgedAt).containsExactly(7, 3, 1, 0);
    }

    @Test
    void doneStopsTheNextNudge() {
        LocalDate due = LocalDate.of(2026, 2, 25);
        deadline = new Deadline(1, DeadlineKind.CALENDAR_REPORT, due, VLADIVOSTOK);
        moveTo(due.minusDays(7), LocalTime.of(9, 30));
        assertThat(service.sendDue()).isEqualTo(1);

        deadline.markDone(clock.instant(), DeadlineKindTests.rule(DeadlineKind.CALENDAR_REPORT));
        for (int day = 1; day <= 10; day++) {
            clock.shift(Duration.ofDays(1));
            assertThat(service.sendDue()).as("day " + day).isZero();
        }
        assertThat(deadline.getDueDate()).isEqualTo(LocalDate.of(2027, 2, 25));
        assertThat(deadline.getLastDoneFor()).isEqualTo(due);
    }

    @Test
    void overdueNudgesGoEveryTwoDaysWithTheDeputy() {
        LocalDate due = LocalDate.of(2026, 2, 25);
        deadline = new Deadline(1, DeadlineKind.CALENDAR_REPORT, due, VLADIVOSTOK);
        moveTo(due.plusDays(1), LocalTime.of(10, 0));
        List<Integer> nudgedOn = new ArrayList<>();
        for (int day = 1; day <= 8; day++) {
            if (service.sendDue() == 1) {
                nudgedOn.add(day);
            }
            clock.shift(Duration.ofDays(1));
        }
        assertThat(nudgedOn).containsExactly(1, 3, 5, 7);
        assertThat(published).allSatisfy(n -> assertThat(n.escalatedTo()).isEqualTo(DEPUTY));
    }

    @Test
    void aQuarterWithAHeldMeetingIsMetAndSendsNoMeetingNudge() {
        LocalDate due = LocalDate.of(2026, 3, 31);
        deadline = new Deadline(1, DeadlineKind.QUARTER_MEETING, due, VLADIVOSTOK);
        when(calendar.progress(any())).thenReturn(new Progress(2, 1, 1, 0, 0, 0, false, null));
        moveTo(due.minusDays(14), LocalTime.of(9, 0));

        assertThat(service.sendDue()).isZero();
        assertThat(published).isEmpty();
        assertThat(deadline.getLastDoneFor()).isEqualTo(due);
        assertThat(deadline.getDueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aQuarterWithAMeetingScheduledIsNotNudgedYet() {
        LocalDate due = LocalDate.of(2026, 3, 31);
        deadline = new Deadline(1, DeadlineKind.QUARTER_MEETING, due, VLADIVOSTOK);
        when(calendar.progress(any())).thenReturn(new Progress(2, 1, 0, 1, 0, 0, false, null));
        moveTo(due.minusDays(30), LocalTime.of(9, 0));

        assertThat(service.sendDue()).isZero();
        assertThat(deadline.getDueDate()).isEqualTo(due);
    }

    @Test
    void aQuarterThatEndedWithoutAMeetingMovesOnToTheNextQuarter() {
        deadline = new Deadline(1, DeadlineKind.QUARTER_MEETING, LocalDate.of(2026, 3, 31), VLADIVOSTOK);
        moveTo(LocalDate.of(2026, 4, 2), LocalTime.of(9, 0));

        assertThat(service.sendDue()).isZero();
        assertThat(deadline.getDueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aSubmittedPlanMeetsThePlanDeadline() {
        LocalDate due = LocalDate.of(2026, 9, 10);
        deadline = new Deadline(1, DeadlineKind.WORK_PLAN, due, VLADIVOSTOK);
        when(calendar.progress(any())).thenReturn(new Progress(0, 0, 0, 0, 0, 12, true, null));
        moveTo(due.minusDays(3), LocalTime.of(9, 0));

        assertThat(service.sendDue()).isZero();
        assertThat(deadline.getDueDate()).isEqualTo(LocalDate.of(2027, 9, 10));
    }

    @Test
    void fourMeetingsHeldOrScheduledNeedNoNudge() {
        LocalDate due = LocalDate.of(2026, 5, 31);
        deadline = new Deadline(1, DeadlineKind.YEAR_MEETINGS, due, VLADIVOSTOK);
        when(calendar.progress(any())).thenReturn(new Progress(3, 4, 0, 0, 0, 0, false, null));
        when(calendar.scheduledUntilDue(any())).thenReturn(1);
        moveTo(due.minusDays(14), LocalTime.of(9, 0));
        assertThat(service.sendDue()).isZero();

        when(calendar.scheduledUntilDue(any())).thenReturn(0);
        clock.shift(Duration.ofDays(7));
        assertThat(service.sendDue()).isEqualTo(1);
        assertThat(published.get(0).progress().heldInAcademicYear()).isEqualTo(3);
    }

    @Test
    void aSwitchedOffDeadlineIsNotNudged() {
        LocalDate due = LocalDate.of(2026, 9, 10);
        deadline = new Deadline(1, DeadlineKind.WORK_PLAN, due, VLADIVOSTOK);
        deadline.switchOff();
        moveTo(due, LocalTime.of(9, 0));
        assertThat(service.sendDue()).isZero();
    }

    private static LocalDate dueDate(DeadlineKind kind) {
        return kind == DeadlineKind.TERM_END ? LocalDate.of(2026, 4, 10)
                : DeadlineKindTests.rule(kind).firstOnOrAfter(LocalDate.of(2026, 1, 20));
    }

    private void moveTo(LocalDate day, LocalTime time) {
        clock.moveTo(ZonedDateTime.of(day, time, VLADIVOSTOK).toInstant());
    }

    private static Membership member(long id, Role role) {
        Membership m = mock(Membership.class);
        when(m.getId()).thenReturn(id);
        when(m.getRole()).thenReturn(role);
        return m;
    }
}
