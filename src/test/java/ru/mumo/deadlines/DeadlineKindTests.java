package ru.mumo.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import ru.mumo.shared.AcademicYear;

/** The regulation's default dates (DOMAIN.md), what follows a met deadline, and moving and switching. */
class DeadlineKindTests {

    private static final LocalDate CREATED = LocalDate.of(2026, 11, 27);

    @Test
    void anAssociationCreatedInNovemberGetsTheNextDateOfEachDeadline() {
        assertThat(DeadlineKind.WORK_PLAN.firstOnOrAfter(CREATED)).isEqualTo(LocalDate.of(2027, 9, 10));
        assertThat(DeadlineKind.CALENDAR_REPORT.firstOnOrAfter(CREATED)).isEqualTo(LocalDate.of(2027, 2, 25));
        assertThat(DeadlineKind.SECRETARY_DRAFT.firstOnOrAfter(CREATED)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(DeadlineKind.ACADEMIC_REPORT.firstOnOrAfter(CREATED)).isEqualTo(LocalDate.of(2027, 5, 30));
        assertThat(DeadlineKind.QUARTER_MEETING.firstOnOrAfter(CREATED)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(DeadlineKind.YEAR_MEETINGS.firstOnOrAfter(CREATED)).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(DeadlineKind.MONITORING.firstOnOrAfter(CREATED)).isEqualTo(LocalDate.of(2027, 5, 15));
        assertThat(DeadlineKind.TERM_END.firstOnOrAfter(CREATED)).isEqualTo(LocalDate.of(2027, 11, 27));
    }

    @Test
    void aDeadlineDueTodayIsStillThisYears() {
        assertThat(DeadlineKind.WORK_PLAN.firstOnOrAfter(LocalDate.of(2026, 9, 10))).isEqualTo(LocalDate.of(2026, 9, 10));
    }

    @Test
    void aMetDeadlineMovesToItsNextDateEvenWhenTheChairHadMovedIt() {
        assertThat(DeadlineKind.WORK_PLAN.after(LocalDate.of(2026, 9, 15))).isEqualTo(LocalDate.of(2027, 9, 10));
        assertThat(DeadlineKind.QUARTER_MEETING.after(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(DeadlineKind.QUARTER_MEETING.after(LocalDate.of(2027, 3, 31))).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(DeadlineKind.TERM_END.after(LocalDate.of(2027, 11, 27))).isEqualTo(LocalDate.of(2028, 11, 27));
    }

    @Test
    void aDeadlineCannotBeMovedIntoThePast() {
        Deadline plan = new Deadline(1, DeadlineKind.WORK_PLAN, LocalDate.of(2026, 9, 10), ZoneId.of("Europe/Moscow"));
        assertThat(plan.moveBy(-7, LocalDate.of(2026, 9, 5))).isFalse();
        assertThat(plan.getDueDate()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(plan.moveBy(7, LocalDate.of(2026, 9, 5))).isTrue();
        assertThat(plan.getDueDate()).isEqualTo(LocalDate.of(2026, 9, 17));
    }

    @Test
    void aDeadlineSwitchedBackOnAfterItsDatePassedStartsFromItsNextDate() {
        Deadline plan = new Deadline(1, DeadlineKind.WORK_PLAN, LocalDate.of(2026, 9, 10), ZoneId.of("Europe/Moscow"));
        plan.switchOff();
        plan.switchOn(LocalDate.of(2026, 10, 1));
        assertThat(plan.isEnabled()).isTrue();
        assertThat(plan.getDueDate()).isEqualTo(LocalDate.of(2027, 9, 10));
    }

    @Test
    void aNewChairsTermRunsAYearFromTheAppointment() {
        Deadline term = new Deadline(1, DeadlineKind.TERM_END, LocalDate.of(2027, 1, 10), ZoneId.of("Europe/Moscow"));
        term.restartTerm(LocalDate.of(2026, 12, 1));
        assertThat(term.getDueDate()).isEqualTo(LocalDate.of(2027, 12, 1));
        term.markDone(Instant.parse("2027-11-30T10:00:00Z"));
        assertThat(term.getDueDate()).isEqualTo(LocalDate.of(2028, 12, 1));
    }

    @Test
    void theTermShowsWhetherAThirdOfTheMembersAreNew() {
        assertThat(new Progress(0, 4, 0, 0, 0, false, 9, 3).renewedByAThird()).isTrue();
        assertThat(new Progress(0, 4, 0, 0, 0, false, 10, 3).renewedByAThird()).isFalse();
        assertThat(new Progress(0, 4, 0, 0, 0, false, 10, 3).renewedPercent()).isEqualTo(30);
    }

    @Test
    void theWorkPlanIsWrittenForTheComingYearFromJune() {
        assertThat(AcademicYear.planningFor(LocalDate.of(2027, 5, 31)).label()).isEqualTo("2026/2027");
        assertThat(AcademicYear.planningFor(LocalDate.of(2027, 6, 1)).label()).isEqualTo("2027/2028");
        assertThat(AcademicYear.of(LocalDate.of(2027, 8, 31)).startYear()).isEqualTo(2026);
    }
}
