package ru.mumo.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import ru.mumo.membership.Regulation;
import ru.mumo.membership.Role;
import ru.mumo.membership.TestRegulations;
import ru.mumo.shared.AcademicYear;

/**
 * Each regulation's calendar (regulations.yml, DOMAIN.md), its dates, what follows a met deadline, moving and
 * switching, and the term's renewal share.
 */
class DeadlineKindTests {

    private static final LocalDate CREATED = LocalDate.of(2026, 11, 27);
    private static final Map<DeadlineKind, CalendarRule> RULES = Stream.of(TestRegulations.terek(),
                    TestRegulations.spirovo())
            .flatMap(r -> Calendars.rules(r).stream())
            .collect(Collectors.toMap(CalendarRule::kind, Function.identity(), (a, b) -> a));

    @Test
    void theDaysWithANudgeAreEveryDayBeforeADueDateThatSomeKindNudgesOn() {
        assertThat(DeadlineKind.daysWithNudge()).containsExactly(0, 1, 3, 7, 14, 30);
        for (DeadlineKind kind : DeadlineKind.values()) {
            for (int daysLeft = 0; daysLeft <= 400; daysLeft++) {
                assertThat(!kind.nudgesAt(daysLeft) || DeadlineKind.daysWithNudge().contains(daysLeft))
                        .as("%s at %d days", kind, daysLeft).isTrue();
            }
        }
    }

    @Test
    void eachRegulationHasItsOwnCalendarAndNothingOfTheOther() {
        assertThat(kinds(TestRegulations.terek())).containsExactly(DeadlineKind.QUARTER_MEETING,
                DeadlineKind.CALENDAR_REPORT, DeadlineKind.TERM_END, DeadlineKind.MEETING_PROTOCOL);
        assertThat(kinds(TestRegulations.spirovo())).containsExactly(DeadlineKind.WORK_PLAN,
                DeadlineKind.YEAR_MEETINGS, DeadlineKind.ACADEMIC_REPORT, DeadlineKind.MEETING_PROTOCOL);
        assertThat(rule(DeadlineKind.CALENDAR_REPORT).responsible()).as("T 2.6").isEqualTo(Role.SECRETARY);
        assertThat(rule(DeadlineKind.ACADEMIC_REPORT).responsible()).as("S 3.4").isEqualTo(Role.CHAIR);
        assertThat(rule(DeadlineKind.YEAR_MEETINGS).count()).as("S 3.2").isEqualTo(4);
        assertThat(rule(DeadlineKind.CALENDAR_REPORT).clause()).isEqualTo("3.8");
    }

    @Test
    void anAssociationCreatedInNovemberGetsTheNextDateOfEachDeadline() {
        assertThat(rule(DeadlineKind.WORK_PLAN).firstOnOrAfter(CREATED)).isEqualTo(LocalDate.of(2027, 9, 10));
        assertThat(rule(DeadlineKind.CALENDAR_REPORT).firstOnOrAfter(CREATED)).isEqualTo(LocalDate.of(2027, 2, 25));
        assertThat(rule(DeadlineKind.ACADEMIC_REPORT).firstOnOrAfter(CREATED)).isEqualTo(LocalDate.of(2027, 5, 30));
        assertThat(rule(DeadlineKind.QUARTER_MEETING).firstOnOrAfter(CREATED)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(rule(DeadlineKind.YEAR_MEETINGS).firstOnOrAfter(CREATED)).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(rule(DeadlineKind.TERM_END).firstOnOrAfter(CREATED)).isEqualTo(LocalDate.of(2027, 11, 27));
    }

    @Test
    void aDeadlineDueTodayIsStillThisYears() {
        assertThat(rule(DeadlineKind.WORK_PLAN).firstOnOrAfter(LocalDate.of(2026, 9, 10)))
                .isEqualTo(LocalDate.of(2026, 9, 10));
    }

    @Test
    void aMetDeadlineMovesToItsNextDateEvenWhenTheChairHadMovedIt() {
        assertThat(rule(DeadlineKind.WORK_PLAN).after(LocalDate.of(2026, 9, 15))).isEqualTo(LocalDate.of(2027, 9, 10));
        assertThat(rule(DeadlineKind.QUARTER_MEETING).after(LocalDate.of(2026, 12, 31)))
                .isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(rule(DeadlineKind.QUARTER_MEETING).after(LocalDate.of(2027, 3, 31)))
                .isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(rule(DeadlineKind.TERM_END).after(LocalDate.of(2027, 11, 27))).isEqualTo(LocalDate.of(2028, 11, 27));
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
        plan.switchOn(LocalDate.of(2026, 10, 1), rule(DeadlineKind.WORK_PLAN));
        assertThat(plan.isEnabled()).isTrue();
        assertThat(plan.getDueDate()).isEqualTo(LocalDate.of(2027, 9, 10));
    }

    @Test
    void aNewChairsTermRunsAYearFromTheAppointmentAndTheNextTermFollows() {
        Deadline term = new Deadline(1, DeadlineKind.TERM_END, LocalDate.of(2027, 1, 10), ZoneId.of("Europe/Moscow"));
        term.restartTerm(LocalDate.of(2026, 12, 1));
        assertThat(term.getDueDate()).isEqualTo(LocalDate.of(2027, 12, 1));
        assertThat(term.rollPast(LocalDate.of(2027, 12, 1), rule(DeadlineKind.TERM_END))).isFalse();
        assertThat(term.rollPast(LocalDate.of(2027, 12, 2), rule(DeadlineKind.TERM_END))).isTrue();
        assertThat(term.getDueDate()).isEqualTo(LocalDate.of(2028, 12, 1));
        term.markDone(Instant.parse("2028-11-30T10:00:00Z"), rule(DeadlineKind.TERM_END));
        assertThat(term.getDueDate()).isEqualTo(LocalDate.of(2029, 12, 1));
    }

    @Test
    void theTermNeedsAThirdOfTheMembersNew() {
        CalendarRule term = rule(DeadlineKind.TERM_END);
        assertThat(term.renewedEnough(3, 9)).isTrue();
        assertThat(term.renewedEnough(3, 10)).isFalse();
        assertThat(term.renewedEnough(0, 0)).isFalse();
        TermReview review = new TermReview(LocalDate.of(2026, 1, 1), 10, List.of("А", "Б", "В"), List.of("Г"), 10,
                false);
        assertThat(review.renewed()).isEqualTo(3);
        assertThat(review.percent()).isEqualTo(30);
    }

    @Test
    void theWorkPlanIsWrittenForTheComingYearFromJune() {
        assertThat(AcademicYear.planningFor(LocalDate.of(2027, 5, 31)).label()).isEqualTo("2026/2027");
        assertThat(AcademicYear.planningFor(LocalDate.of(2027, 6, 1)).label()).isEqualTo("2027/2028");
        assertThat(AcademicYear.of(LocalDate.of(2027, 8, 31)).startYear()).isEqualTo(2026);
    }

    static CalendarRule rule(DeadlineKind kind) {
        return RULES.get(kind);
    }

    private static List<DeadlineKind> kinds(Regulation regulation) {
        return Calendars.rules(regulation).stream().map(CalendarRule::kind).toList();
    }
}
