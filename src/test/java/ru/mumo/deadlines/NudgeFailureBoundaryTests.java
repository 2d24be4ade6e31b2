package ru.mumo.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;

import ru.mumo.deadlines.internal.DeadlineNudges;
import ru.mumo.deadlines.internal.Deadlines;
import ru.mumo.deadlines.internal.NudgeSweeps;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;
import ru.mumo.membership.TestRegulations;

/** One deadline that cannot be nudged (its data is broken) among twenty stops none of the others. */
class NudgeFailureBoundaryTests {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate DUE = LocalDate.of(2026, 9, 10);
    private static final long BROKEN = 11;

    @Test
    void theOtherDeadlinesAreStillNudgedAndTheSweepIsRecorded() {
        Deadlines deadlines = mock(Deadlines.class);
        NudgeSweeps sweeps = mock(NudgeSweeps.class);
        MembershipService membership = mock(MembershipService.class);
        DeadlineService calendar = mock(DeadlineService.class);
        Map<Long, Deadline> all = LongStream.rangeClosed(1, 20).mapToObj(this::workPlanOf)
                .collect(Collectors.toMap(Deadline::getId, Function.identity()));
        when(deadlines.findEnabled(any(), any())).thenReturn(List.copyOf(all.values()));
        when(deadlines.findById(anyLong())).thenAnswer(i -> Optional.ofNullable(all.get(i.<Long>getArgument(0))));
        when(sweeps.lastRun()).thenReturn(Optional.empty());
        when(calendar.progress(any())).thenReturn(new Progress(1, 4, 0, 0, 0, 0, false, null));
        Calendars calendars = mock(Calendars.class);
        when(calendars.rule(any(Deadline.class))).thenReturn(DeadlineKindTests.rule(DeadlineKind.WORK_PLAN));
        AssociationService associations = mock(AssociationService.class);
        when(associations.regulationOf(anyLong())).thenReturn(TestRegulations.spirovo());
        when(membership.members(anyLong())).thenAnswer(i -> {
            if (i.<Long>getArgument(0) == BROKEN) {
                throw new IllegalStateException("association 11: membership row without a person");
            }
            return List.of(chair());
        });
        List<NudgeDue> published = new ArrayList<>();
        NudgeService service = new NudgeService(deadlines, mock(DeadlineNudges.class), sweeps, calendar, calendars,
                associations, membership, event -> published.add((NudgeDue) event), new DeadlinesProperties(LocalTime.of(9, 0),
                        Duration.ofMinutes(1), 3),
                Clock.fixed(ZonedDateTime.of(DUE.minusDays(7), LocalTime.of(9, 30), MOSCOW).toInstant(), MOSCOW),
                mock(PlatformTransactionManager.class));

        assertThat(service.sendDue()).isEqualTo(19);

        assertThat(published).extracting(NudgeDue::associationId).hasSize(19).doesNotContain(BROKEN);
        verify(sweeps).ranAt(any());
    }

    private Deadline workPlanOf(long associationId) {
        Deadline deadline = new Deadline(associationId, DeadlineKind.WORK_PLAN, DUE, MOSCOW);
        ReflectionTestUtils.setField(deadline, "id", associationId);
        return deadline;
    }

    private static Membership chair() {
        Membership chair = mock(Membership.class);
        when(chair.getId()).thenReturn(1L);
        when(chair.getRole()).thenReturn(Role.CHAIR);
        return chair;
    }
}
