package ru.mumo.telegram.internal.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ru.mumo.deadlines.DeadlineKind;
import ru.mumo.deadlines.Progress;
import ru.mumo.deadlines.TermReview;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Regulation;
import ru.mumo.membership.TestRegulations;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

class DeadlineTextsTests {

    private static final Regulation TERE = TestRegulations.terek();
    private static final Regulation SPIR = TestRegulations.spirovo();
    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

    private final MeetingService meetings = mock(MeetingService.class);
    private final DeadlineTexts texts = new DeadlineTexts(new Messages(), meetings);

    @Test
    void aProtocolDeadlineIsNamedAfterItsMeeting() {
        Meeting meeting = mock(Meeting.class);
        when(meeting.getNumber()).thenReturn(3);
        when(meeting.localDate()).thenReturn(LocalDate.of(2026, 11, 20));
        when(meetings.meeting(42)).thenReturn(Optional.of(meeting));
        assertThat(texts.name(Language.RU, DeadlineKind.MEETING_PROTOCOL, 42))
                .isEqualTo("Протокол заседания № 3 от 20.11.2026");
        assertThat(texts.name(Language.EN, DeadlineKind.MEETING_PROTOCOL, 42))
                .isEqualTo("Protocol of meeting No. 3 of 20.11.2026");
        assertThat(texts.name(Language.RU, DeadlineKind.WORK_PLAN, 0)).isEqualTo("План работы на учебный год");
    }

    @Test
    void theDistanceToTheDateReadsNaturally() {
        assertThat(texts.left(Language.RU, 7)).isEqualTo("через 7 дней");
        assertThat(texts.left(Language.RU, 3)).isEqualTo("через 3 дня");
        assertThat(texts.left(Language.RU, 1)).isEqualTo("через 1 день");
        assertThat(texts.left(Language.RU, 0)).isEqualTo("сегодня");
        assertThat(texts.left(Language.RU, -1)).isEqualTo("просрочено на 1 день");
        assertThat(texts.left(Language.RU, -3)).isEqualTo("просрочено на 3 дня");
        assertThat(texts.left(Language.EN, -3)).isEqualTo("3 days overdue");
        assertThat(texts.left(Language.EN, 1)).isEqualTo("in 1 day");
    }

    @Test
    void theQuarterNudgeSaysWhatIsHeldOrScheduledAndNothingOfTheYearsFour() {
        Progress none = new Progress(2, 1, 0, 0, 0, 0, false, null);
        assertThat(texts.progress(Language.RU, TERE, DeadlineKind.QUARTER_MEETING, DUE, 7, none))
                .isEqualTo("В этом квартале заседаний не проведено и не назначено. Назначьте заседание — /meeting_new.");
        Progress scheduled = new Progress(2, 1, 0, 1, 0, 0, false, null);
        assertThat(texts.progress(Language.RU, TERE, DeadlineKind.QUARTER_MEETING, DUE, 7, scheduled))
                .startsWith("В этом квартале назначено заседаний: 1.");
        assertThat(texts.progress(Language.RU, SPIR, DeadlineKind.YEAR_MEETINGS, DUE, 7,
                new Progress(2, 4, 0, 0, 0, 0, false, null))).isEqualTo("Заседаний в учебном году проведено: 2 из 4.");
    }

    @Test
    void theReportNudgeCountsTheMeetingsOfItsPeriodAndSaysWhereTheReportGoes() {
        Progress progress = new Progress(0, 0, 0, 0, 3, 0, false, null);
        String terek = texts.progress(Language.RU, TERE, DeadlineKind.CALENDAR_REPORT, LocalDate.of(2027, 2, 25), 7,
                progress);
        assertThat(terek).contains("Заседаний за 2026 год проведено: 3.", "направляется в РУМО", "/report")
                .doesNotContain("из 4");
        assertThat(texts.progress(Language.RU, SPIR, DeadlineKind.ACADEMIC_REPORT, LocalDate.of(2027, 5, 30), 7,
                progress)).contains("Заседаний за 2026/2027 учебный год проведено: 3.", "в Управление образования");
    }

    @Test
    void theTermNudgeComparesTheMembersNowWithThoseAtTheStartAgainstAThird() {
        TermReview none = new TermReview(LocalDate.of(2026, 1, 10), 10, List.of(), List.of(), 10, false);
        String notMet = texts.term(Language.RU, TERE, LocalDate.of(2027, 1, 10), 0, none);
        assertThat(notMet).contains("Срок полномочий истёк 10.01.2027.", "По п. 2.8 Положения",
                "На начало срока (10.01.2026) в составе: 10.", "Вошли в состав с тех пор: никто.", "Выбыли: никто.",
                "Новых среди нынешних членов МУМО: 0 из 10 (0 %) — условие не выполнено");
        TermReview third = new TermReview(LocalDate.of(2026, 1, 10), 9, List.of("Б", "В", "Г"), List.of("А", "Д", "Е"),
                9, true);
        assertThat(texts.term(Language.RU, TERE, LocalDate.of(2027, 1, 10), 30, third))
                .contains("Срок полномочий истекает 10.01.2027.", "Вошли в состав с тех пор: Б, В, Г.",
                        "Выбыли: А, Д, Е.", "3 из 9 (33 %) — условие выполнено");
    }

    @Test
    void thePlanNudgeSaysHowFarThePlanIs() {
        assertThat(texts.progress(Language.RU, SPIR, DeadlineKind.WORK_PLAN, DUE, 7,
                new Progress(0, 0, 0, 0, 0, 5, false, null))).startsWith("В плане работы 5 пунктов; план ещё не отправлен.");
        assertThat(texts.progress(Language.RU, SPIR, DeadlineKind.WORK_PLAN, DUE, 7,
                new Progress(0, 0, 0, 0, 0, 5, true, null))).isEqualTo("План отправлен.");
    }

    @Test
    void theProtocolNudgeNamesTheHeadByTheRegulationsTitle() {
        Progress none = new Progress(0, 0, 0, 0, 0, 0, false, null);
        assertThat(texts.progress(Language.RU, TERE, DeadlineKind.MEETING_PROTOCOL, DUE, 1, none))
                .contains("подпишите у председателя и секретаря");
        assertThat(texts.progress(Language.RU, SPIR, DeadlineKind.MEETING_PROTOCOL, DUE, 1, none))
                .contains("подпишите у руководителя и секретаря");
    }
}
