package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.mumo.databank.ProfileField;
import ru.mumo.databank.ProfileService;
import ru.mumo.deadlines.DeadlineKind;
import ru.mumo.deadlines.DeadlineService;
import ru.mumo.emulator.BotMessage;
import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.AssociationCreated;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.Role;
import ru.mumo.shared.AcademicYear;

/**
 * Each association follows its own regulation: one Terek and one Spirovo association, each with its own calendar,
 * titles and clauses in messages, protocol, plan and report, and nothing of the other; the Spirovo minimum size and
 * head's qualification; the Terek chair approving new members and the department appointing the deputy; the
 * department's overview and its table; the written consent; member links listed and revoked; and an older
 * association given a default regulation that its official confirms once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegulationsScenarioTests extends ScenarioSupport {

    private static final String TEREK_NAME = "МунУМО учителей истории Терского района";
    private static final String SPIROVO_NAME = "МУМО педагогов-психологов Спировского округа";

    private Team terek;
    private Team spirovo;

    @BeforeAll
    void twoAssociations() {
        terek = newTeam(TEREK_NAME);
        terek.join("Алиева Асият Мухамедовна", Role.CHAIR);
        terek.join("Бабаев Берд Ахмедович", Role.DEPUTY);
        terek.join("Гумова Гуля Руслановна", Role.SECRETARY);
        terek.join(terek.memberName(0), Role.MEMBER);
        spirovo = newTeam(SPIROVO_NAME, "SPIROVO");
        spirovo.join("Дмитриева Дарья Сергеевна", Role.CHAIR);
        spirovo.join("Егорова Елена Павловна", Role.SECRETARY);
        spirovo.join(spirovo.memberName(0), Role.MEMBER);
        spirovo.join(spirovo.memberName(1), Role.MEMBER);
        settle();
        terek.everyone.forEach(Phone::drain);
        spirovo.everyone.forEach(Phone::drain);
    }

    @Test
    @Order(1)
    void eachAssociationSpeaksItsOwnRegulationInMessagesProtocolPlanAndReport() {
        Phone terekChair = terek.chair;
        Phone spirovoChair = spirovo.chair;

        terekChair.sends("/members");
        assertThat(terekChair.receives("Состав «" + TEREK_NAME + "»").text()).contains("Алиева Асият Мухамедовна —"
                + " председатель", "Бабаев Берд Ахмедович — заместитель председателя").doesNotContain("руководител");
        spirovoChair.sends("/members");
        assertThat(spirovoChair.receives("Состав «" + SPIROVO_NAME + "»").text())
                .contains("Дмитриева Дарья Сергеевна — руководитель").doesNotContain("председател");

        terekChair.sends("/deadlines");
        BotMessage terekList = terekChair.receives("Сроки «" + TEREK_NAME + "»");
        assertThat(terekList.text()).contains("Заседание в этом квартале", "Отчёт за календарный год в РУМО",
                "Окончание срока полномочий").doesNotContain("План работы", "Анализ и отчёт", "учебный год",
                "Мониторинг", "Проект отчёта");
        terekChair.presses(terekList, "🔔 Отчёт за календарный год в РУМО");
        assertThat(terekChair.seesEdited(terekList, "(п. 3.8 Положения)").text())
                .contains("Отчёт направляется в РУМО").doesNotContain("3.4");
        spirovoChair.sends("/deadlines");
        BotMessage spirovoList = spirovoChair.receives("Сроки «" + SPIROVO_NAME + "»");
        assertThat(spirovoList.text()).contains("План работы на учебный год", "Заседания за учебный год",
                "Анализ и отчёт за учебный год").doesNotContain("РУМО", "квартале", "срока полномочий", "Мониторинг");
        spirovoChair.presses(spirovoList, "🔔 Анализ и отчёт за учебный год в Управление образования");
        assertThat(spirovoChair.seesEdited(spirovoList, "(п. 3.4 Положения)").text())
                .contains("представляется в Управление образования").doesNotContain("3.8", "РУМО");

        String terekProtocol = protocol(terek);
        assertThat(terekProtocol).contains("заседания МунУМО", "Оформлен по п. 2.4 Положения",
                "Председатель – Алиева Асият Мухамедовна", "членов МунУМО").doesNotContain("Руководитель", "3.3",
                "приложение");
        String spirovoProtocol = protocol(spirovo);
        assertThat(spirovoProtocol).contains("заседания МУМО", "Оформлен по п. 3.3 Положения (форма — приложение 2)",
                "Руководитель – Дмитриева Дарья Сергеевна", "Руководитель |").doesNotContain("Председатель –",
                "Председатель |", "2.4", "МунУМО");

        String terekPlan = planDraft(terek);
        assertThat(terekPlan).contains("ПЛАН РАБОТЫ МунУМО", "Председатель МунУМО").doesNotContain("Приложение",
                "Руководитель");
        String spirovoPlan = planDraft(spirovo);
        assertThat(spirovoPlan).contains("Приложение 1 к Положению", "ПЛАН РАБОТЫ МУМО", "Руководитель МУМО")
                .doesNotContain("Председатель", "МунУМО");

        String terekReport = report(terek);
        assertThat(terekReport).contains("Направляется в РУМО (п. 3.8 Положения)", "не менее 1 заседания в квартал"
                + " (п. 2.4)", "Председатель МунУМО").doesNotContain("3.2", "3.4", "Руководитель", "учебный год (п.");
        String spirovoReport = report(spirovo);
        assertThat(spirovoReport).contains("Представляется в Управление образования (п. 3.4 Положения)",
                "не менее 4 заседаний в учебный год (п. 3.2)", "Руководитель МУМО").doesNotContain("2.4", "3.8",
                "Председатель", "РУМО");
    }

    @Test
    @Order(2)
    void aSpirovoAssociationOfTwoCannotOpenAMeetingUntilAThirdJoins() {
        Team small = newTeam("МУМО тьюторов", "SPIROVO");
        Phone chair = small.join("Жукова Жанна Игоревна", Role.CHAIR);
        small.join(small.memberName(0), Role.MEMBER);
        morning();
        ZonedDateTime start = ZonedDateTime.now(clock.withZone(MOSCOW)).plusHours(1).truncatedTo(ChronoUnit.MINUTES);
        bean(MeetingService.class).schedule(small.chairMembership, start, MeetingFormat.IN_PERSON, "Кабинет 2",
                List.of("О плане"));
        chair.sends("/checkin");
        assertThat(chair.receives("Открыть заседание нельзя").text()).isEqualTo("Открыть заседание нельзя: по п. 1.4"
                + " Положения в МУМО не менее 3 человек, а сейчас 2 члена МУМО. Пригласите коллег: /invite даст ссылку.");
        chair.sends("/attendance");
        chair.receives("Открыть заседание нельзя");
        assertThat(bean(MeetingService.class).upcoming(small.associationId())).as("nothing was opened").hasSize(1);

        small.join(small.memberName(1), Role.MEMBER);
        chair.sends("/checkin");
        chair.receives("Отметка присутствия на заседании");
    }

    @Test
    @Order(3)
    void theTerekChairApprovesNewMembersAndTheDepartmentAppointsTheDeputyTheChairProposes() {
        Phone chair = terek.chair;
        Phone accepted = registered(terek.created.memberInvite().getCode(), "Хасанова Хава Алиевна");
        accepted.receives("Заявка на вступление в «" + TEREK_NAME + "» отправлена. По п. 2.2 Положения состав"
                + " формирует и утверждает председатель");
        BotMessage request = chair.receives("📝 Заявка на вступление в «" + TEREK_NAME + "»");
        assertThat(request.text()).contains("Хасанова Хава Алиевна", "Место работы: Школа 1", "По п. 2.2 Положения");
        assertThat(request.buttonTexts()).containsExactly("✅ Принять", "❌ Отклонить");
        Phone declined = registered(terek.created.memberInvite().getCode(), "Юсупов Юрий Ильич");
        BotMessage second = chair.receives("📝 Заявка на вступление в «" + TEREK_NAME + "»");
        chair.sends("/requests");
        chair.receives("ждут решения: 2");

        chair.presses(request, "✅ Принять");
        chair.seesEdited(request, "✅ Хасанова Хава Алиевна принят(а) в состав");
        accepted.receives("Председатель принял(а) вашу заявку: вы в «" + TEREK_NAME + "», ваша роль: член МУМО.");
        chair.pressesAsBefore(request, "❌ Отклонить");
        chair.presses(second, "❌ Отклонить");
        chair.seesEdited(second, "отклонена");
        declined.receives("отклонил(а) вашу заявку");
        declined.sends("/members");
        declined.receives("недоступна в вашей роли");
        chair.sends("/requests");
        chair.receives("Заявок на вступление нет");

        chair.sends("/appoint");
        BotMessage pick = chair.receives("Кого назначить?");
        chair.presses(pick, "Хасанова Хава Алиевна");
        BotMessage roles = chair.seesEdited(pick, "Какую роль дать?");
        assertThat(roles.buttonTexts()).contains("Предложить заместителем").doesNotContain("заместитель председателя");
        Phone official = official();
        chair.presses(pick, "Предложить заместителем");
        chair.seesEdited(pick, "отправлено в Управление образования: по п. 2.1 Положения заместителя назначает оно");
        BotMessage proposal = official.receives("предлагает назначить заместителем председателя Хасанова Хава Алиевна");
        official.presses(proposal, "✅ Назначить");
        official.seesEdited(proposal, "назначен(а) заместителем председателя");
        accepted.receives("Вам назначена роль «заместитель председателя»");
        chair.receives("Управление образования назначило Хасанова Хава Алиевна заместителем председателя");
        terek.deputy.receives("Вам назначена роль «член МУМО»");

        spirovo.chair.sends("/appoint");
        BotMessage spirovoPick = spirovo.chair.receives("Кого назначить?");
        spirovo.chair.presses(spirovoPick, spirovo.memberName(0));
        assertThat(spirovo.chair.seesEdited(spirovoPick, "Какую роль дать?").buttonTexts())
                .as("S names no deputy").containsExactly("ответственный секретарь", "Отмена");
    }

    @Test
    @Order(4)
    void theSpirovoHeadsQualificationIsCheckedOnceTheProfileIsFilledAndTheTerekChairsNever() {
        Phone official = official();
        Team fresh = newTeam("МУМО дефектологов", "SPIROVO");
        Phone head = fresh.join("Зайцева Зоя Петровна", Role.CHAIR);
        head.receives("Вы назначены руководителем «МУМО дефектологов». По п. 3.5 Положения руководитель — специалист");
        ProfileService profiles = bean(ProfileService.class);
        var person = fresh.chairMembership.getPerson();
        profiles.answer(person, ProfileField.EDUCATION_LEVEL, "HIGHER");
        profiles.answer(person, ProfileField.CATEGORY, "FIRST");
        profiles.answer(person, ProfileField.TEACHING_EXPERIENCE, "2");
        BotMessage check = official.receives("Руководитель «МУМО дефектологов» Зайцева Зоя Петровна заполнил(а)");
        assertThat(check.text()).contains("Проверка по п. 3.5 Положения", "✅ высшее профессиональное образование",
                "❌ педагогический стаж не менее 3 лет");
        assertThat(telegram.messagesIn(OFFICIAL)).extracting(ScenarioSupport::text)
                .as("no check for a Terek chair, none with an empty profile")
                .noneMatch(t -> t.contains("Проверка по п.") && (t.contains(TEREK_NAME) || t.contains("❔")));
    }

    @Test
    @Order(5)
    void theDepartmentSeesEveryAssociationsFiguresAndGetsThemAsATable() {
        LocalDate today = LocalDate.now(clock.withZone(MOSCOW));
        MeetingService meetings = bean(MeetingService.class);
        int quarter = meetings.heldInQuarter(terek.associationId(), today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
        int year = meetings.heldInAcademicYear(terek.associationId(), AcademicYear.of(today).startYear());
        Phone official = official();
        official.sends("/overview");
        BotMessage overview = official.receives("📊 Как работают МУМО на");
        assertThat(overview.text()).contains("• " + TEREK_NAME + "\nПоложение Терского района. Председатель: Алиева"
                        + " Асият Мухамедовна. В составе: 5.",
                "Заседаний с кворумом: в этом квартале — " + quarter + ", в учебном году — " + year
                        + " (по положению — не менее 1 в квартал)",
                "• " + SPIROVO_NAME + "\nПоложение Спировского округа. Руководитель: Дмитриева Дарья Сергеевна.",
                "(по положению — не менее 4 в учебный год)", "План работы: не отправлен");
        BotMessage table = official.receives(m -> m.document() != null, "the overview .xlsx");
        assertThat(table.document().fileName()).startsWith("mumo-obzor-").endsWith(".xlsx");
        Documents.keep(table);
        List<List<String>> rows = Documents.rows(table.document().bytes(), 0);
        assertThat(rows.get(0).get(0)).isEqualTo("Работа муниципальных учебно-методических объединений");
        assertThat(rows.get(3)).containsExactly("№ п/п", "МУМО", "Положение", "Председатель (руководитель)", "Членов",
                "Заседаний с кворумом в квартале", "Заседаний с кворумом в учебном году", "План работы",
                "Годовые отчёты", "Просроченные сроки");
        assertThat(rows).anySatisfy(row -> assertThat(row).containsSubsequence(TEREK_NAME, "Положение Терского района",
                "Алиева Асият Мухамедовна", "5", String.valueOf(quarter), String.valueOf(year), "положение не требует",
                "ещё не отмечались", "нет"));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsSubsequence(SPIROVO_NAME,
                "Положение Спировского округа", "Дмитриева Дарья Сергеевна", "4"));
    }

    @Test
    @Order(6)
    void theConsentFormCarriesTheNameAndTheSignedPaperIsMarkedOnTheCardAndInTheExport() {
        Phone member = spirovo.member(0);
        member.sends("/consent_form");
        BotMessage form = member.receives(m -> m.document() != null
                && m.document().fileName().startsWith("soglasie"), "the consent form");
        Documents.keep(form);
        assertThat(Documents.paragraphs(form.document().bytes())).contains("СОГЛАСИЕ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ")
                .anySatisfy(p -> assertThat(p).startsWith("Я, " + spirovo.memberName(0) + ", регистрируясь в боте"));
        assertThat(Documents.text(form.document().bytes())).contains("/ " + spirovo.memberName(0) + " /",
                "Место работы: Школа. Должность: учитель.").doesNotContain("Нажимая «Принимаю»");

        Phone chair = spirovo.chair;
        chair.sends("/members");
        BotMessage members = chair.receives("Состав «" + SPIROVO_NAME + "»");
        chair.presses(members, "📇 " + spirovo.memberName(0));
        BotMessage card = chair.receives("Карточка банка данных");
        assertThat(card.text()).contains("Письменное согласие на обработку персональных данных: не получено");
        chair.presses(card, "✍️ Письменное согласие получено");
        String today = LocalDate.now(clock.withZone(MOSCOW)).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        chair.seesEdited(card, "Письменное согласие на обработку персональных данных: получено " + today);
        chair.sends("/export");
        BotMessage export = chair.receives(m -> m.document() != null
                && m.document().fileName().startsWith("bank-dannyh"), "the data bank export");
        List<List<String>> extra = Documents.rows(export.document().bytes(), 1);
        assertThat(extra.get(5)).contains("Письменное согласие на обработку ПД получено");
        assertThat(extra).anySatisfy(row -> assertThat(row).contains(spirovo.memberName(0), today));
        assertThat(extra.get(0).get(0)).isEqualTo("Банк данных педагогических работников и управленческих кадров МУМО");
    }

    @Test
    @Order(7)
    void officersListTheirLinksAndRevokeOne() {
        Phone secretary = spirovo.secretary;
        secretary.sends("/links");
        BotMessage links = secretary.receives("Действующие ссылки «" + SPIROVO_NAME + "»: 1.");
        assertThat(links.text()).contains("1. Для членов МУМО: https://t.me/" + BOT + "?start="
                + spirovo.created.memberInvite().getCode(), "по ней вступили: 3");
        secretary.presses(links, "🚫 Отозвать ссылку 1");
        secretary.seesEdited(links, "нет действующих ссылок");
        Phone late = newPhone("Поздняя");
        late.sends("/start " + spirovo.created.memberInvite().getCode());
        late.receives("Эта ссылка-приглашение больше не действует");
    }

    @Test
    @Order(8)
    void anOlderAssociationGetsADefaultRegulationItsOfficialConfirmsOnce() {
        AssociationService associations = bean(AssociationService.class);
        AssociationCreated older = associations.createAssociation("МУМО логопедов", "TEREK", OFFICIAL);
        JdbcTemplate jdbc = new JdbcTemplate(bean(DataSource.class));
        jdbc.update("update association set regulation = null, regulation_confirmed_at = null,"
                + " municipality = 'Спировский муниципальный округ' where id = ?", older.association().getId());
        Phone official = official();

        assertThat(associations.assumeDefaultRegulations()).isEqualTo(1);
        BotMessage ask = official.receives("«МУМО логопедов» создано раньше, поэтому бот выбрал для него: Положение"
                + " Спировского округа");
        assertThat(ask.buttonTexts()).containsExactly("✅ Оставить: Положение Спировского округа",
                "Сменить на: Положение Терского района");
        assertThat(bean(DeadlineService.class).calendar(older.association().getId()))
                .extracting(d -> d.getKind()).containsExactlyInAnyOrder(DeadlineKind.WORK_PLAN,
                        DeadlineKind.YEAR_MEETINGS, DeadlineKind.ACADEMIC_REPORT);
        assertThat(associations.assumeDefaultRegulations()).as("asked once").isZero();
        official.sends("/associations");
        assertThat(official.receives("МУМО в боте:").text())
                .contains("МУМО логопедов (Положение Спировского округа, ждёт подтверждения)");

        official.presses(ask, "✅ Оставить: Положение Спировского округа");
        official.seesEdited(ask, "«МУМО логопедов» следует положению «Положение Спировского округа»");
        assertThat(associations.association(older.association().getId()).orElseThrow().isRegulationConfirmed())
                .isTrue();
        official.receivesNothingMore();
    }

    /** Holds a quorate meeting of the team (its chair, secretary and first member present) and returns its protocol. */
    private String protocol(Team team) {
        morning();
        ZonedDateTime start = ZonedDateTime.now(clock.withZone(MOSCOW)).plusHours(1).truncatedTo(ChronoUnit.MINUTES);
        Meeting meeting = bean(MeetingService.class).schedule(team.chairMembership, start, MeetingFormat.IN_PERSON,
                "Кабинет 1", List.of("О плане работы"));
        clock.moveTo(start.plusMinutes(1).toInstant());
        AttendanceService attendance = bean(AttendanceService.class);
        attendance.openAttendance(team.secretaryMembership);
        for (Membership m : List.of(team.chairMembership, team.secretaryMembership, team.membership(team.member(0)))) {
            attendance.toggle(meeting.getId(), team.secretaryMembership, m.getId());
        }
        attendance.close(team.secretaryMembership);
        team.secretary.sends("/protocol");
        BotMessage file = team.secretary.receives(m -> m.document() != null
                && m.document().fileName().startsWith("protocol-"), "the protocol .docx");
        Documents.keep(file);
        team.secretary.receives("📄 Протокол заседания");
        return Documents.text(file.document().bytes());
    }

    private String planDraft(Team team) {
        Phone chair = team.chair;
        chair.sends("/plan");
        BotMessage board = chair.receives("📋 План работы");
        chair.presses(board, "➕ В раздел 1");
        chair.receives("Напишите планируемое мероприятие");
        chair.sends("Анализ результатов ГИА и ВПР");
        chair.receives("Дата проведения или период");
        chair.sends("Сентябрь");
        chair.receives("Планируемый результат");
        chair.sends("Аналитическая справка");
        chair.receives("добавлен");
        chair.presses(chair.receives("📋 План работы"), "📄 Черновик .docx");
        BotMessage file = chair.receives(m -> m.document() != null
                && m.document().fileName().startsWith("plan-raboty-"), "the plan .docx");
        Documents.keep(file);
        return Documents.text(file.document().bytes());
    }

    private String report(Team team) {
        Phone chair = team.chair;
        chair.sends("/report");
        BotMessage choose = chair.receives("За какой период");
        chair.presses(choose, choose.buttonTexts().get(0));
        BotMessage file = chair.receives(m -> m.document() != null
                && m.document().fileName().startsWith("otchet-"), "the report .docx");
        Documents.keep(file);
        return Documents.text(file.document().bytes());
    }

    /** Registers a new teacher by the link, through the chat. */
    private Phone registered(String code, String fullName) {
        Phone phone = newPhone(fullName.split(" ")[1]);
        phone.sends("/start " + code);
        phone.presses(phone.receives("Согласие на обработку персональных данных"), "✅ Принимаю");
        phone.receives("фамилию, имя и отчество");
        phone.sends(fullName);
        phone.receives("Место работы");
        phone.sends("Школа 1");
        phone.receives("должность");
        phone.sends("учитель истории");
        return phone;
    }

    /** Ten in the morning of the next day, Moscow time: a meeting an hour later is the same day's. */
}
