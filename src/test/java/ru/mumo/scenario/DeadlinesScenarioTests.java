package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.quartz.JobKey;

import ru.mumo.deadlines.Deadline;
import ru.mumo.deadlines.DeadlineKind;
import ru.mumo.deadlines.DeadlineService;
import ru.mumo.deadlines.NudgeService;
import ru.mumo.documents.ReportPeriod;
import ru.mumo.emulator.ApiCall;
import ru.mumo.emulator.BotMessage;
import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.InviteService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;
import ru.mumo.voting.Choice;
import ru.mumo.voting.MinutesService;
import ru.mumo.voting.Vote;
import ru.mumo.voting.VoteService;

/**
 * Deadlines end to end: a nudge at nine o'clock Moscow time to the chair and the secretary, no second one after a
 * restart across nine, Done stops the next, escalation to the deputy, the quarter's meeting rule read from the
 * meetings held, a closed meeting's protocol, a nudge day missed while the bot was down, and the work plan and
 * annual report .docx files opened with POI. The Quartz sweeper runs every
 * second; the clock only moves forward, so the tests run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeadlinesScenarioTests extends ScenarioSupport {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final String SWEEP = "app.deadlines.sweep-interval";
    private static final JobKey NUDGES = JobKey.jobKey("nudge-sweep", "deadlines");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Every start of the bot in this class, restarts included, sweeps the deadlines every second. */
    @Override
    protected void startBot() {
        System.setProperty(SWEEP, "1s");
        super.startBot();
    }

    @AfterAll
    void clearSweepInterval() {
        System.clearProperty(SWEEP);
    }

    /** After a restart Telegram may answer the new poller 409 while the old long poll is still open. */
    @Override
    protected boolean expectedRejection(ApiCall call) {
        return pollerConflict(call);
    }

    @Test
    @Order(1)
    void theChairAndSecretaryAreNudgedAtNineOnceAcrossARestartAndDoneStopsTheNext() {
        Team team = team("МУМО учителей химии");
        moveToNext(LocalTime.of(8, 59));
        LocalDate today = today();
        Deadline report = only(team, DeadlineKind.CALENDAR_REPORT, today.plusDays(7));
        awaitSweep(NUDGES);
        team.chair.receivesNothingMore();

        stopBot();
        clock.moveTo(today.atTime(9, 0, 5).atZone(MOSCOW).toInstant());
        startBot();
        BotMessage nudge = team.chair.receives("Отчёт за календарный год в РУМО");
        assertThat(nudge.text()).contains("через 7 дней", "(п. 3.8 Положения)", "Заседаний за "
                + (report.getDueDate().getYear() - 1) + " год проведено: 0.", "направляется в РУМО", "/report")
                .doesNotContain("из 4", "учебном году");
        assertThat(nudge.buttonTexts()).containsExactly("✅ Готово");
        team.secretary.receives("Отчёт за календарный год в РУМО");

        restartBot();
        awaitSweep(NUDGES);
        team.chair.receivesNothingMore();
        team.secretary.receivesNothingMore();
        team.deputy.receivesNothingMore();
        assertThat(bean(NudgeService.class).nudgeDates(report.getId())).containsExactly(today);

        Phone official = official();
        team.chair.presses(nudge, "✅ Готово");
        team.chair.seesEdited(nudge, "отмечен выполненным");
        BotMessage delivered = official.receives(m -> m.document() != null
                && m.document().fileName().startsWith("otchet-"), "the report .docx for the department");
        assertThat(delivered.caption()).contains("Годовой отчёт «МУМО учителей химии» за "
                + (report.getDueDate().getYear() - 1) + " год");
        assertThat(official.receives("«МУМО учителей химии» отметило выполненным годовой отчёт").text())
                .contains("(п. 3.8 Положения)", "направляется в РУМО", "Отметил(а): председатель Анисимова Анна Петровна");
        assertThat(paragraphs(delivered.document().bytes())).contains("Направляется в РУМО (п. 3.8 Положения)");
        // T 2.6's "не позднее 1 марта" is the same report: past both dates, nothing more about it.
        clock.shift(Duration.ofDays(10));
        awaitSweep(NUDGES);
        team.chair.receivesNothingMore();
        team.secretary.receivesNothingMore();
        assertThat(bean(NudgeService.class).nudgeDates(report.getId())).containsExactly(today);
        assertThat(bean(DeadlineService.class).calendar(team.associationId())).extracting(Deadline::getKind)
                .containsExactly(DeadlineKind.QUARTER_MEETING, DeadlineKind.CALENDAR_REPORT, DeadlineKind.TERM_END);
    }

    @Test
    @Order(2)
    void anOverdueNudgeGoesToTheDeputyWhoMayMarkItDone() {
        Team team = team("МУМО учителей биологии");
        moveToNext(LocalTime.of(8, 0));
        only(team, DeadlineKind.CALENDAR_REPORT, today());
        clock.shift(Duration.ofDays(1).plusHours(2));

        BotMessage escalated = team.deputy.receives("как заместитель председателя");
        assertThat(escalated.text()).contains("просрочено на 1 день");
        team.chair.receives("просрочено на 1 день");
        team.secretary.receives("просрочено на 1 день");
        team.deputy.presses(escalated, "✅ Готово");
        team.deputy.seesEdited(escalated, "отмечен выполненным");
        clock.shift(Duration.ofDays(2));
        awaitSweep(NUDGES);
        team.chair.receivesNothingMore();
        team.deputy.receivesNothingMore();
    }

    @Test
    @Order(3)
    void theChairSwitchesAndMovesADeadlineWithButtons() {
        Team team = team("МУМО учителей музыки", "SPIROVO");
        team.member(0).sends("/deadlines");
        team.member(0).receives("недоступна в вашей роли");
        team.chair.sends("/deadlines");
        BotMessage list = team.chair.receives("Сроки «МУМО учителей музыки»");
        assertThat(list.text()).contains("План работы на учебный год — до 10.09.", "Заседания за учебный год",
                "Анализ и отчёт за учебный год").doesNotContain("РУМО", "квартале", "срока полномочий",
                "Мониторинг", "Проект отчёта");
        team.chair.presses(list, "🔔 План работы на учебный год");
        team.chair.seesEdited(list, "Напоминания: включены");
        assertThat(team.chair.current(list).text()).contains("(п. 3.1 Положения)");
        Deadline plan = deadline(team, DeadlineKind.WORK_PLAN);
        team.chair.presses(list, "+7 дн.");
        team.chair.seesEdited(list, "Срок: " + plan.getDueDate().plusDays(7).format(DATE));
        team.chair.presses(list, "🔕 Выключить");
        team.chair.seesEdited(list, "Напоминания: выключены");
        assertThat(deadline(team, DeadlineKind.WORK_PLAN).isEnabled()).isFalse();
        team.chair.presses(list, "« Все сроки");
        team.chair.seesEdited(list, "🔕 План работы на учебный год — до "
                + plan.getDueDate().plusDays(7).format(DATE) + " (выключено)");
    }

    @Test
    @Order(4)
    void aQuarterWithAMeetingHeldSendsNoMeetingNudgeAndOneWithoutDoes() {
        LocalDate nextQuarter = quarterEnd(today()).plusDays(2);
        clock.moveTo(nextQuarter.atTime(10, 0).atZone(MOSCOW).toInstant());
        Team held = team("МУМО учителей географии");
        Team idle = team("МУМО учителей технологии");
        only(held, DeadlineKind.QUARTER_MEETING, null);
        only(idle, DeadlineKind.QUARTER_MEETING, null);
        holdMeeting(held);

        clock.moveTo(quarterEnd(nextQuarter).minusDays(30).atTime(9, 1).atZone(MOSCOW).toInstant());
        BotMessage nudge = idle.chair.receives("Заседание в этом квартале");
        assertThat(nudge.text()).contains("через 30 дней", "заседаний не проведено и не назначено", "/meeting_new");
        awaitSweep(NUDGES);
        assertThat(held.chair.drain()).extracting(ScenarioSupport::text)
                .noneMatch(text -> text.contains("Заседание в этом квартале"));
        assertThat(deadline(held, DeadlineKind.QUARTER_MEETING).getLastDoneFor()).isEqualTo(quarterEnd(nextQuarter));
    }

    @Test
    @Order(5)
    void theChairWritesAndSubmitsThePlanAndGetsTheReport() {
        // In June the plan being written is the coming year's, the one the new association's deadline asks for.
        LocalDate june = LocalDate.of(today().getYear() + (today().getMonthValue() >= 6 ? 1 : 0), 6, 2);
        clock.moveTo(june.atTime(10, 0).atZone(MOSCOW).toInstant());
        Team team = team("МУМО педагогов-психологов", "SPIROVO");
        Phone chair = team.chair;
        chair.sends("/plan");
        BotMessage board = chair.receives("📋 План работы");
        assertThat(board.buttonTexts()).containsExactly("➕ В раздел 1", "➕ В раздел 2");
        addItem(chair, board, "➕ В раздел 1", "Выявление профессиональных дефицитов педагогов", "Август-сентябрь",
                "План мероприятий с педагогами");
        board = chair.receives("📋 План работы");
        addItem(chair, board, "➕ В раздел 2", "Сопровождение молодых специалистов", "В течение учебного года",
                "Адаптация молодых специалистов");
        board = chair.receives("📋 План работы");
        addItem(chair, board, "➕ В раздел 1", "Анализ результатов ВСОШ", "Март", "Аналитическая справка");
        board = chair.receives("📋 План работы");
        assertThat(board.text()).contains("1.1. Выявление", "1.2. Анализ результатов ВСОШ", "2.1. Сопровождение");

        chair.presses(board, "✏️ Изменить");
        chair.seesEdited(board, "Какой пункт изменить?");
        chair.presses(board, "1.2. Анализ результатов ВСОШ");
        chair.seesEdited(board, "Что изменить?");
        chair.presses(board, "Срок");
        chair.receives("Сейчас срок: «Март»");
        chair.sends("Март-апрель");
        chair.receives("Пункт изменён");
        board = chair.receives("📋 План работы");
        assertThat(board.text()).contains("Срок: Март-апрель");

        team.member(0).sends("/plan");
        team.member(0).receives("недоступна в вашей роли");
        Phone official = official();
        chair.presses(board, "📤 Утвердить и отправить");
        chair.seesEdited(board, "Отправить план работы");
        chair.presses(board, "Да, отправить");
        BotMessage planFile = chair.receives(m -> m.document() != null, "the work plan .docx");
        assertThat(planFile.caption()).contains("на " + june.getYear() + "/" + (june.getYear() + 1)
                + " учебный год отправлен в Управление образования", "отмечен выполненным");
        BotMessage delivered = official.receives(m -> m.document() != null
                && m.document().fileName().startsWith("plan-raboty-"), "the plan .docx for the department");
        assertThat(delivered.caption()).contains("План работы «МУМО педагогов-психологов»");
        assertThat(official.receives("«МУМО педагогов-психологов» представило план работы").text())
                .contains("(п. 3.1 Положения)", "3 пункта", "в разделе 1: 2, в разделе 2: 1",
                        "Отправил(а): руководитель Анисимова Анна Петровна");
        assertThat(planFile.document().fileName()).startsWith("plan-raboty-").endsWith(".docx");
        List<List<String>> planTable = firstTable(planFile.document().bytes());
        assertThat(planTable.get(0)).containsExactly("№ п/п", "Планируемое мероприятие", "Дата проведения",
                "Планируемый результат");
        assertThat(planTable).extracting(row -> String.join(" | ", row)).containsExactly(
                "№ п/п | Планируемое мероприятие | Дата проведения | Планируемый результат",
                "1. Организационно-аналитическая деятельность",
                "1.1. | Выявление профессиональных дефицитов педагогов | Август-сентябрь | План мероприятий с педагогами",
                "1.2. | Анализ результатов ВСОШ | Март-апрель | Аналитическая справка",
                "2. Организационно-методическая деятельность",
                "2.1. | Сопровождение молодых специалистов | В течение учебного года | Адаптация молодых специалистов");
        assertThat(paragraphs(planFile.document().bytes())).contains("Приложение 1 к Положению", "ПЛАН РАБОТЫ МУМО",
                "МУМО педагогов-психологов");
        assertThat(deadline(team, DeadlineKind.WORK_PLAN).getLastDoneFor())
                .isEqualTo(LocalDate.of(june.getYear(), 9, 10));
        Documents.keep(planFile);

        // A meeting of the academic year the plan is for, which the 30 May report covers (S 3.4).
        clock.moveTo(LocalDate.of(june.getYear(), 9, 15).atTime(10, 0).atZone(MOSCOW).toInstant());
        Meeting held = holdMeeting(team);
        chair.sends("/report");
        BotMessage choose = chair.receives("За какой период");
        LocalDate meetingDay = held.localDate();
        Deadline covering = bean(DeadlineService.class).calendar(team.chairMembership.getAssociation().getId())
                .stream().filter(d -> DeadlineService.reportPeriod(d).filter(p -> p.contains(meetingDay)).isPresent())
                .findFirst().orElseThrow();
        ReportPeriod period = DeadlineService.reportPeriod(covering).orElseThrow();
        String button = choose.buttonTexts().stream().filter(t -> t.contains(period.label() + " ")).findFirst()
                .orElseThrow();
        chair.presses(choose, button);
        BotMessage reportFile = chair.receives(m -> m.document() != null, "the report .docx");
        assertThat(reportFile.document().fileName()).isEqualTo("otchet-" + period.label().replace('/', '-') + ".docx");
        String text = String.join("\n", paragraphs(reportFile.document().bytes()));
        assertThat(text).contains("ОТЧЁТ", "о работе МУМО педагогов-психологов", "1. Состав",
                "в составе 4 члена", "Проведено заседаний: 1.",
                "не менее 4 заседаний в учебный год (п. 3.2)", "Руководитель МУМО", "Анисимова Анна Петровна")
                .doesNotContain("Председатель", "в квартал", "2.4");
        List<String> meetingRow = tables(reportFile.document().bytes()).get(0).get(1);
        assertThat(meetingRow).containsExactly("1", meetingDay.format(DATE), "3 из 4", "есть", "1. О плане работы");
        List<String> decisionRow = tables(reportFile.document().bytes()).get(1).get(1);
        assertThat(decisionRow).containsExactly("№ 1 от " + meetingDay.format(DATE), "О плане работы",
                "Утвердить план работы", "за — 2, против — 0, воздержались — 1; решение принято");
        Documents.keep(reportFile);
    }

    @Test
    @Order(6)
    void theSecretaryIsNudgedAboutAClosedMeetingsProtocolUntilItIsApproved() {
        Team team = team("МУМО учителей истории");
        DeadlineService deadlines = bean(DeadlineService.class);
        for (Deadline d : deadlines.calendar(team.chairMembership.getAssociation().getId())) {
            deadlines.switchOn(team.chairMembership, d.getId(), false);
        }
        morning();
        ZonedDateTime start = ZonedDateTime.now(clock.withZone(MOSCOW)).plusHours(1).truncatedTo(ChronoUnit.MINUTES);
        Meeting meeting = bean(MeetingService.class).schedule(team.chairMembership, start, MeetingFormat.IN_PERSON,
                "Кабинет 5", List.of("Об итогах олимпиады"));
        clock.moveTo(start.plusMinutes(1).toInstant());
        bean(AttendanceService.class).openAttendance(team.chairMembership);
        team.secretary.sends("/meeting_close");
        LocalDate due = start.toLocalDate().plusDays(3);
        assertThat(team.secretary.receives("Заседание № 1 закрыто").text())
                .contains("Протокол — /protocol. Срок — " + due.format(DATE));
        Meeting closed = bean(MeetingService.class).meeting(meeting.getId()).orElseThrow();

        clock.moveTo(due.minusDays(1).atTime(9, 0, 30).atZone(MOSCOW).toInstant());
        String name = "Протокол заседания № 1 от " + start.toLocalDate().format(DATE);
        BotMessage nudge = team.secretary.receives(name);
        assertThat(nudge.text()).contains("через 1 день", "протокол ещё не утверждён");
        assertThat(nudge.buttonTexts()).as("a protocol is met by approving it").containsExactly("📄 Протокол");
        team.chair.receives(name);
        assertThat(team.member(0).drain()).extracting(ScenarioSupport::text).noneMatch(text -> text.contains(name));

        team.secretary.sends("/protocol 99");
        team.secretary.receives("Заседания № 99 среди проведённых нет");
        team.secretary.sends("/protocol девять");
        team.secretary.receives("Напишите номер заседания цифрами");
        team.secretary.presses(nudge, "📄 Протокол");
        BotMessage protocol = team.secretary.receives(m -> m.document() != null, "the protocol .docx");
        assertThat(protocol.document().fileName()).isEqualTo(String.format("protocol-%d-%02d-draft.docx",
                closed.getNumberYear(), closed.getNumber()));
        assertThat(paragraphs(protocol.document().bytes())).contains("ПРОЕКТ", "ПРОТОКОЛ");
        BotMessage summary = team.secretary.receives("Об итогах олимпиады");
        assertThat(deadlines.protocolOf(meeting.getId()).orElseThrow().isFinished())
                .as("a draft does not meet the deadline").isFalse();
        team.secretary.presses(summary, "✅ Утвердить протокол");
        BotMessage confirm = team.secretary.receives("Утвердить протокол заседания № 1?");
        team.secretary.presses(confirm, "Да, утвердить");
        team.secretary.seesEdited(confirm, "утверждён");
        BotMessage signed = team.secretary.receives(m -> m.document() != null, "the final protocol .docx");
        assertThat(signed.document().fileName()).isEqualTo(String.format("protocol-%d-%02d.docx",
                closed.getNumberYear(), closed.getNumber()));
        Documents.keep(signed);
        assertThat(team.secretary.receives("Протокол заседания № 1").buttonTexts()).isEmpty();
        assertThat(deadlines.protocolOf(meeting.getId()).orElseThrow().isFinished()).isTrue();
        // Every member gets the final protocol; the nudges are over.
        team.chair.receives(m -> m.document() != null, "the final protocol, as every member gets it");
        team.chair.receives("📄 Протокол заседания № 1 утверждён");

        clock.shift(Duration.ofDays(1));
        awaitSweep(NUDGES);
        team.secretary.receivesNothingMore();
        team.chair.receivesNothingMore();
        team.chair.sends("/deadlines");
        assertThat(team.chair.receives("Сроки «МУМО учителей истории»").text()).doesNotContain("Протокол заседания");
    }

    @Test
    @Order(7)
    void aNudgeDayMissedWhileTheBotWasDownIsSentAfterTheRestart() {
        Team team = team("МУМО учителей информатики");
        moveToNext(LocalTime.of(10, 0));
        LocalDate today = today();
        Deadline report = only(team, DeadlineKind.CALENDAR_REPORT, today.plusDays(8));
        awaitSweep(NUDGES);
        team.chair.receivesNothingMore();

        stopBot();
        clock.moveTo(today.plusDays(2).atTime(11, 0).atZone(MOSCOW).toInstant());
        startBot();
        BotMessage nudge = team.chair.receives("Отчёт за календарный год в РУМО");
        assertThat(nudge.text()).contains("через 6 дней");
        team.secretary.receives("через 6 дней");
        awaitSweep(NUDGES);
        team.chair.receivesNothingMore();
        assertThat(bean(NudgeService.class).nudgeDates(report.getId())).containsExactly(today.plusDays(2));
    }

    @Test
    @Order(8)
    void withTheChairGoneTheDeputyStandsInForTheNudgesAndTheOfficialsAreToldTheSeatIsEmpty() {
        Team terek = team("МУМО учителей права");
        Team spirovo = team("МУМО учителей-логопедов", "SPIROVO");
        moveToNext(LocalTime.of(8, 0));
        LocalDate due = today().plusDays(7);
        only(terek, DeadlineKind.CALENDAR_REPORT, due);
        Deadline quarter = deadline(terek, DeadlineKind.QUARTER_MEETING);
        bean(DeadlineService.class).switchOn(terek.chairMembership, quarter.getId(), true);
        bean(DeadlineService.class).move(terek.chairMembership, quarter.getId(),
                (int) ChronoUnit.DAYS.between(quarter.getDueDate(), due)).orElseThrow();
        only(spirovo, DeadlineKind.ACADEMIC_REPORT, due);
        Phone official = official();

        bean(MembershipService.class).leave(terek.chairMembership);
        bean(MembershipService.class).leave(spirovo.chairMembership);
        assertThat(official.receives("«МУМО учителей права» Анисимова Анна Петровна вышел(а) из состава").text())
                .contains("МУМО сейчас без председателя. По п. 2.5 Положения его обязанности исполняет заместитель"
                        + " — Борисов Борис Олегович.");
        assertThat(official.receives("«МУМО учителей-логопедов» Анисимова Анна Петровна вышел(а)").text())
                .contains("МУМО сейчас без руководителя.").doesNotContain("заместитель");
        terek.deputy.sends("/deadlines");
        assertThat(terek.deputy.receives("Сроки «МУМО учителей права»").buttonTexts())
                .contains("🔔 Отчёт за календарный год в РУМО", "🔔 Заседание в этом квартале");

        clock.moveTo(today().atTime(9, 0, 30).atZone(MOSCOW).toInstant());
        List<BotMessage> standingIn = List.of(terek.deputy.receives("Председателя сейчас нет"),
                terek.deputy.receives("Председателя сейчас нет"));
        assertThat(standingIn).allSatisfy(m -> assertThat(m.text()).startsWith("👤 Председателя сейчас нет: по п. 2.5"
                + " Положения его обязанности исполняет заместитель"));
        assertThat(standingIn).anySatisfy(m -> assertThat(m.text()).contains("Заседание в этом квартале"));
        BotMessage report = standingIn.stream().filter(m -> m.text().contains("Отчёт за календарный год в РУМО"))
                .findFirst().orElseThrow();
        terek.secretary.receives("Отчёт за календарный год в РУМО");
        List<String> toOfficial = List.of(official.receives("место свободно").text(),
                official.receives("место свободно").text(), official.receives("место свободно").text());
        assertThat(toOfficial).filteredOn(t -> t.contains("«МУМО учителей права»")).hasSize(2).allSatisfy(t ->
                assertThat(t).contains("нет председателя: место свободно", "и заместитель, который исполняет"))
                .anySatisfy(t -> assertThat(t).contains("Отчёт за календарный год в РУМО"))
                .anySatisfy(t -> assertThat(t).contains("Заседание в этом квартале"));
        assertThat(toOfficial).filteredOn(t -> t.contains("«МУМО учителей-логопедов»")).singleElement()
                .satisfies(t -> assertThat(t).contains("нет руководителя: место свободно", "Анализ и отчёт за учебный",
                        "(п. 3.4 Положения)")
                        .doesNotContain("заместитель", "председател"));
        assertThat(spirovo.secretary.drain()).extracting(ScenarioSupport::text)
                .noneMatch(t -> t.contains("Анализ и отчёт"));

        terek.deputy.sends("/report");
        BotMessage choose = terek.deputy.receives("За какой период");
        terek.deputy.presses(choose, choose.buttonTexts().get(0));
        Documents.keep(terek.deputy.receives(m -> m.document() != null, "the report .docx"));
        terek.deputy.presses(report, "✅ Готово");
        terek.deputy.seesEdited(report, "отмечен выполненным");
        assertThat(official.receives("«МУМО учителей права» отметило выполненным годовой отчёт").text())
                .contains("Отметил(а): заместитель председателя Борисов Борис Олегович");
    }

    @Test
    @Order(9)
    void aTermEndsNotRenewedWithoutNewMembersAndRenewedWithAThirdReplaced() {
        moveToNext(LocalTime.of(10, 0));
        Team same = team("МУМО учителей ОРКСЭ");
        Team renewed = team("МУМО учителей МХК");
        renewed.join(renewed.memberName(1), Role.MEMBER);
        renewed.join(renewed.memberName(2), Role.MEMBER);
        only(same, DeadlineKind.TERM_END, null);
        only(renewed, DeadlineKind.TERM_END, null);
        LocalDate end = deadline(same, DeadlineKind.TERM_END).getDueDate();
        assertThat(end).isEqualTo(today().plusYears(1));

        // After the founding month two members leave and two colleagues take their places.
        clock.shift(Duration.ofDays(40));
        MembershipService membership = bean(MembershipService.class);
        membership.leave(renewed.membership(renewed.member(1)));
        membership.leave(renewed.membership(renewed.member(2)));
        InviteService invites = bean(InviteService.class);
        renewed.joinBy(invites.issueInvite(renewed.chairMembership, Role.MEMBER).getCode(), "Новикова Нина Львовна",
                Role.MEMBER);
        renewed.joinBy(invites.issueInvite(renewed.chairMembership, Role.MEMBER).getCode(), "Орлов Олег Львович",
                Role.MEMBER);
        settle();
        renewed.chair.drain();
        Phone official = official();

        clock.moveTo(end.atTime(9, 0, 30).atZone(MOSCOW).toInstant());
        BotMessage notRenewed = same.chair.receives("Окончание срока полномочий и обновление состава");
        assertThat(notRenewed.text()).contains("(п. 2.7, 2.8 Положения)", "Срок полномочий истёк "
                        + end.format(DATE), "По п. 2.8 Положения", "в составе: 4.", "Вошли в состав с тех пор: никто.",
                "Выбыли: никто.", "Новых среди нынешних членов МУМО: 0 из 4 (0 %) — условие не выполнено");
        assertThat(notRenewed.buttonTexts()).isEmpty();
        BotMessage renewal = renewed.chair.receives("Окончание срока полномочий и обновление состава");
        assertThat(renewal.text()).contains("в составе: 6.", "Вошли в состав с тех пор: Новикова Нина Львовна, Орлов"
                + " Олег Львович.", "Выбыли: " + renewed.memberName(1) + ", " + renewed.memberName(2) + ".",
                "2 из 6 (33 %) — условие выполнено");
        List<String> toOfficial = List.of(official.receives("истёк срок полномочий председателя и состава").text(),
                official.receives("истёк срок полномочий председателя и состава").text());
        assertThat(toOfficial).anySatisfy(t -> assertThat(t).contains("«МУМО учителей ОРКСЭ»", "условие не выполнено"))
                .anySatisfy(t -> assertThat(t).contains("«МУМО учителей МХК»", "условие выполнено"));
        assertThat(deadline(same, DeadlineKind.TERM_END).getDueDate()).as("still the day the term ends").isEqualTo(end);
        clock.shift(Duration.ofDays(1));
        awaitSweep(NUDGES);
        assertThat(deadline(same, DeadlineKind.TERM_END).getDueDate()).as("the next term").isEqualTo(end.plusYears(1));
    }

    private static void addItem(Phone chair, BotMessage board, String button, String event, String period,
            String result) {
        chair.presses(board, button);
        chair.receives("Напишите планируемое мероприятие");
        chair.sends(event);
        chair.receives("Дата проведения или период");
        chair.sends(period);
        chair.receives("Планируемый результат");
        chair.sends(result);
        chair.receives("добавлен");
    }

    /**
     * Schedules a meeting an hour ahead on the next morning, then holds it with three of the four members, who vote
     * on its question (two for, one abstains) before it is closed.
     */
    private Meeting holdMeeting(Team team) {
        morning();
        ZonedDateTime start = ZonedDateTime.now(clock.withZone(MOSCOW)).plusHours(1).truncatedTo(ChronoUnit.MINUTES);
        Meeting meeting = bean(MeetingService.class).schedule(team.chairMembership, start, MeetingFormat.IN_PERSON,
                "Кабинет 1", List.of("О плане работы"));
        clock.moveTo(start.plusMinutes(1).toInstant());
        AttendanceService attendance = bean(AttendanceService.class);
        attendance.openAttendance(team.chairMembership);
        List<Membership> present = List.of(team.chairMembership, team.secretaryMembership,
                team.membership(team.member(0)));
        for (Membership m : present) {
            attendance.toggle(meeting.getId(), team.chairMembership, m.getId());
        }
        VoteService votes = bean(VoteService.class);
        Vote vote = votes.openOnItem(team.chairMembership, meeting.getId(), 0, false);
        votes.cast(vote.getId(), present.get(0), Choice.FOR);
        votes.cast(vote.getId(), present.get(1), Choice.FOR);
        votes.cast(vote.getId(), present.get(2), Choice.ABSTAIN);
        votes.close(team.chairMembership, vote.getId());
        bean(MinutesService.class).decide(team.secretaryMembership, meeting.getId(), 0, "Утвердить план работы");
        return attendance.close(team.chairMembership);
    }

    private void moveToNext(LocalTime time) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(MOSCOW));
        ZonedDateTime next = now.with(time).withSecond(0).withNano(0);
        clock.moveTo((next.isAfter(now) ? next : next.plusDays(1)).toInstant());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(MOSCOW));
    }

    private static LocalDate quarterEnd(LocalDate day) {
        int firstMonth = (day.getMonthValue() - 1) / 3 * 3 + 1;
        return LocalDate.of(day.getYear(), firstMonth, 1).plusMonths(3).minusDays(1);
    }

    private static List<String> paragraphs(byte[] docx) {
        return Documents.paragraphs(docx);
    }

    private static List<List<String>> firstTable(byte[] docx) {
        return Documents.tables(docx).get(0);
    }

    private static List<List<List<String>>> tables(byte[] docx) {
        return Documents.tables(docx);
    }

    /** A Terek association with a chair, a deputy, a secretary and one member, all registered. */
    private Team team(String name) {
        return team(name, "TEREK");
    }

    /**
     * An association under the regulation of that code: a chair, a deputy where the regulation has one (else a second
     * member), a secretary and a member, all registered.
     */
    private Team team(String name, String regulation) {
        Team team = newTeam(name, regulation);
        team.join("Анисимова Анна Петровна", Role.CHAIR);
        if (regulation.equals("TEREK")) {
            team.join("Борисов Борис Олегович", Role.DEPUTY);
        }
        team.join("Васильева Вера Ивановна", Role.SECRETARY);
        team.join(team.memberName(0), Role.MEMBER);
        if (!regulation.equals("TEREK")) {
            team.join(team.memberName(1), Role.MEMBER);
        }
        settle();
        for (Phone phone : team.everyone) {
            phone.drain();
        }
        return team;
    }

    private Deadline deadline(Team team, DeadlineKind kind) {
        return bean(DeadlineService.class).calendar(team.associationId()).stream()
                .filter(d -> d.getKind() == kind).findFirst().orElseThrow();
    }

    /**
     * Keeps only one deadline of the team's on, so that the real date the tests run on brings no other nudge, and
     * moves it to {@code due} unless that is null.
     */
    private Deadline only(Team team, DeadlineKind kind, LocalDate due) {
        DeadlineService deadlines = bean(DeadlineService.class);
        for (Deadline d : deadlines.calendar(team.associationId())) {
            deadlines.switchOn(team.chairMembership, d.getId(), d.getKind() == kind);
        }
        Deadline deadline = deadline(team, kind);
        if (due != null) {
            deadlines.move(team.chairMembership, deadline.getId(),
                    (int) ChronoUnit.DAYS.between(deadline.getDueDate(), due)).orElseThrow();
        }
        return deadline(team, kind);
    }
}
