package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import ru.mumo.databank.ProfileField;
import ru.mumo.databank.ProfileService;
import ru.mumo.deadlines.DeadlineKind;
import ru.mumo.deadlines.DeadlineService;
import ru.mumo.documents.AnnualReportDocument;
import ru.mumo.documents.ReportPeriod;
import ru.mumo.documents.WorkPlanItem;
import ru.mumo.documents.WorkPlanService;
import ru.mumo.emulator.BotMessage;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.PersonService;
import ru.mumo.membership.Role;
import ru.mumo.shared.AcademicYear;

/**
 * The association's events other than meetings (T 3.1, S 4.3): a seminar is scheduled through {@code /event_new}
 * for an item of the work plan, announced with RSVP, checked in and closed like a meeting but with no quorum and no
 * votes; it goes into the annual report and the attendees' data bank entries, marks its plan item done, and never
 * counts as a meeting for the quarter's and the year's rules.
 */
class EventsScenarioTests extends ScenarioSupport {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String TOPIC = "Формирующее оценивание на уроках";

    @Test
    void aSeminarIsAnnouncedCheckedInReportedAndRecordedButCountsAsNoMeeting() throws IOException {
        Team team = newTeam("МУМО учителей начальных классов");
        team.join("Председатель Пётр Иванович", Role.CHAIR);
        team.join("Секретарь Вера Петровна", Role.SECRETARY);
        for (int i = 0; i < 3; i++) {
            team.join(team.memberName(i), Role.MEMBER);
        }
        team.join("Гостья Приглашённая Сергеевна", Role.GUEST);
        Phone secretary = team.secretary;
        ZonedDateTime day = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(1).withHour(10).withMinute(0)
                .withSecond(0).withNano(0);
        clock.moveTo(day.minusHours(3).toInstant());
        AcademicYear year = AcademicYear.of(day.toLocalDate());
        WorkPlanItem planned = bean(WorkPlanService.class).add(team.secretaryMembership, year, 2,
                "Семинар по формирующему оцениванию", "декабрь", "Методические рекомендации").orElseThrow();

        secretary.sends("/event_new");
        BotMessage kind = secretary.receives("Какое мероприятие назначить?");
        assertThat(kind.buttonTexts()).containsExactly("Семинар", "Мастер-класс", "Открытый урок", "Конференция",
                "Консультация");
        secretary.presses(kind, "Семинар");
        secretary.receives("Тема мероприятия?");
        secretary.sends(TOPIC);
        secretary.receives("Когда?");
        secretary.sends(TYPED.format(day.plusHours(1)));
        secretary.presses(secretary.receives("Как пройдёт мероприятие?"), "Очно");
        secretary.receives("Где пройдёт мероприятие?");
        secretary.sends("Актовый зал МБОУ СОШ № 2");
        BotMessage level = secretary.receives("Уровень мероприятия");
        assertThat(level.buttonTexts()).containsExactly("Муниципальный", "Региональный", "Федеральный");
        secretary.presses(level, "Муниципальный");
        secretary.presses(secretary.receives("пункт плана работы?"), "2. Семинар по формирующему оцениванию");
        BotMessage summary = secretary.receives("Проверьте мероприятие");
        assertThat(summary.text()).contains("Семинар «" + TOPIC + "»", TYPED.format(day.plusHours(1)),
                "Уровень: муниципальный", "Место: Актовый зал МБОУ СОШ № 2",
                "Пункт плана: Семинар по формирующему оцениванию");
        secretary.presses(summary, "✅ Подтвердить");
        String label = "семинар «" + TOPIC + "», " + DAY.format(day);
        secretary.seesEdited(summary, "Назначено: " + label);

        for (Phone phone : team.everyone) {
            BotMessage announcement = phone.receives("новое мероприятие");
            assertThat(announcement.text()).contains("Семинар «" + TOPIC + "»", "Сможете прийти?")
                    .doesNotContain("Повестка", "кворум");
            assertThat(announcement.buttonTexts()).containsExactly("Приду", "Не смогу");
            phone.receives(m -> m.document() != null && m.document().fileName().endsWith(".ics"), "the calendar");
        }
        team.member(0).sends("/meetings");
        assertThat(team.member(0).receives("Предстоящие мероприятия").text()).contains(label);

        clock.moveTo(day.toInstant());
        secretary.sends("/checkin");
        BotMessage memberPrompt = null;
        for (Phone phone : List.of(team.chair, secretary, team.member(0), team.guest)) {
            BotMessage prompt = phone.receives("Идёт мероприятие: " + label);
            phone.presses(prompt, "🙋 Я на мероприятии");
            phone.seesEdited(prompt, "Отмечено: вы на мероприятии");
            memberPrompt = phone == team.member(0) ? prompt : memberPrompt;
        }
        secretary.receives("Отметка присутствия открыта (" + label + ")");
        BotMessage board = secretary.receives("Присутствие на мероприятии: " + label);
        assertThat(board.text()).doesNotContain("кворум");
        secretary.seesEdited(board, "Отмечено присутствующих: 4");
        team.member(1).sends("/quorum");
        team.member(1).receives("Сегодня нет назначенного заседания");
        secretary.sends("/vote_open Утвердить рекомендации");
        secretary.receives("Сейчас нет открытого заседания");
        secretary.sends("/meeting_close");
        secretary.receives("Сейчас нет открытого заседания");

        secretary.sends("/event_close");
        assertThat(secretary.receives("Мероприятие закрыто: " + label).text()).contains("Присутствовали: 4");
        team.member(0).seesEdited(memberPrompt, "Мероприятие закрыто (" + label + ")");

        long associationId = team.associationId();
        MeetingService meetings = bean(MeetingService.class);
        assertThat(meetings.heldInAcademicYear(associationId, year.startYear())).as("an event is no meeting").isZero();
        assertThat(meetings.heldInQuarter(associationId, day.getYear(), (day.getMonthValue() - 1) / 3 + 1)).isZero();
        assertThat(bean(DeadlineService.class).calendar(associationId).stream()
                .filter(d -> d.getKind() == DeadlineKind.QUARTER_MEETING).findFirst().orElseThrow().getLastDoneFor())
                .as("the quarter's meeting rule stays unmet").isNull();
        assertThat(bean(WorkPlanService.class).items(associationId, year).stream()
                .filter(i -> i.getId().equals(planned.getId())).findFirst().orElseThrow().getDoneOn())
                .isEqualTo(day.toLocalDate());

        String entry = "семинар «" + TOPIC + "», " + DAY.format(day) + " (МУМО учителей начальных классов)";
        assertThat(eventsMunicipal(team.member(0))).isEqualTo(entry);
        assertThat(eventsMunicipal(team.guest)).isEqualTo(entry);
        assertThat(eventsMunicipal(team.member(1))).as("absent").isNull();
        team.member(0).sends("/mydata");
        BotMessage mydata = team.member(0).receives(m -> m.document() != null, "the data file");
        assertThat(new String(mydata.document().bytes(), java.nio.charset.StandardCharsets.UTF_8)).contains(entry);

        byte[] report = bean(AnnualReportDocument.class).build(team.created.association(),
                ReportPeriod.academicYear(year));
        Path out = Path.of("target", "documents", "report-with-event.docx");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        String text = docxText(report);
        assertThat(text).contains("Проведено заседаний: 0", "3. Методические мероприятия", "Проведено мероприятий: 1",
                "Семинар «" + TOPIC + "»", "муниципальный", "Семинар по формирующему оцениванию",
                "выполнено " + DAY.format(day));
    }

    private Object eventsMunicipal(Phone phone) {
        return bean(ProfileService.class).values(bean(PersonService.class).findPerson(phone.id()).orElseThrow())
                .get(ProfileField.EVENTS_MUNICIPAL);
    }

    private static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return Stream.concat(document.getParagraphs().stream().map(XWPFParagraph::getText),
                    document.getTables().stream().map(XWPFTable::getText)).collect(Collectors.joining("\n"));
        }
    }
}
