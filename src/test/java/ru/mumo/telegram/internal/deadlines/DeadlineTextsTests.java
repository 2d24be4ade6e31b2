package ru.mumo.telegram.internal.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ru.mumo.deadlines.DeadlineKind;
import ru.mumo.deadlines.Progress;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

class DeadlineTextsTests {

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
    void theQuarterNudgeSaysWhatIsHeldOrScheduledAndCountsTheYear() {
        Progress none = new Progress(2, 4, 0, 0, 0, false, 9, 1);
        assertThat(texts.progress(Language.RU, DeadlineKind.QUARTER_MEETING, none))
                .isEqualTo("В этом квартале заседаний не проведено и не назначено. Назначьте заседание — /meeting_new.\n"
                        + "Заседаний в учебном году проведено: 2 из 4.");
        Progress scheduled = new Progress(2, 4, 0, 1, 0, false, 9, 1);
        assertThat(texts.progress(Language.RU, DeadlineKind.QUARTER_MEETING, scheduled))
                .startsWith("В этом квартале назначено заседаний: 1.");
    }

    @Test
    void theTermNudgeComparesTheNewcomersWithAThird() {
        assertThat(texts.progress(Language.RU, DeadlineKind.TERM_END, new Progress(0, 4, 0, 0, 0, false, 10, 2)))
                .isEqualTo("За последний год в состав вошли 2 из 10 (20 %); по п. 2.8 положения нужно не меньше трети"
                        + " — нужно обновить состав.");
        assertThat(texts.progress(Language.RU, DeadlineKind.TERM_END, new Progress(0, 4, 0, 0, 0, false, 9, 3)))
                .contains("(33 %)", "условие выполнено");
    }

    @Test
    void thePlanNudgeSaysHowFarThePlanIs() {
        assertThat(texts.progress(Language.RU, DeadlineKind.WORK_PLAN, new Progress(0, 4, 0, 0, 5, false, 9, 1)))
                .startsWith("В плане работы 5 пунктов; план ещё не отправлен.");
        assertThat(texts.progress(Language.RU, DeadlineKind.WORK_PLAN, new Progress(0, 4, 0, 0, 5, true, 9, 1)))
                .isEqualTo("План отправлен.");
    }
}
