package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quartz.JobKey;

import ru.mumo.deadlines.Deadline;
import ru.mumo.deadlines.DeadlineKind;
import ru.mumo.deadlines.DeadlineService;
import ru.mumo.emulator.BotMessage;
import ru.mumo.emulator.TestUser;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.PersonService;
import ru.mumo.membership.Role;

/**
 * What /forget promises (issue 18): a person who filled every table there is through the chat, as an official who
 * created an association and chairs it, withdraws consent in the middle of a dialog; afterwards no column of any
 * table holds their Telegram id, their name (nor the one they had before changing it), place of work, position or
 * any profile answer, while other people's rows, their messages included, are as they were.
 */
class ForgetScenarioTests extends DataBankScenarios {

    /** A Telegram id as real ones are: no counter or message id of the test comes near it. */
    private static final long ID = 7_405_913_862L;
    private static final String FORMER_NAME = "Ждановская Аполлинария Евстигнеевна";
    private static final String NAME = "Ждановская-Шмидт Аполлинария Евстигнеевна";
    private static final String WORK = "Лицей № 1534 имени Курчатова";
    private static final String POSITION = "методист по робототехнике";
    private static final String QUALIFICATION = "инженер-робототехник, педагог";
    private static final String DEFICITS = "нейросетевые инструменты проверки работ";
    private static final String AWARDS = "Грамота Минпросвещения за кружок роботов";
    private static final String BIRTH = "23.04.1981";
    private static final List<String> VALUES = List.of(FORMER_NAME, NAME, "Ждановская", "Евстигнеевна", WORK,
            POSITION, QUALIFICATION, DEFICITS, AWARDS, BIRTH);
    private static final JobKey NUDGES = JobKey.jobKey("nudge-sweep", "deadlines");

    /**
     * The tables of the bot (issue 18) that hold, or held, something of a person. A new table that does joins this
     * list and the flow below; the scan itself covers every table there is.
     */
    private static final List<String> FILLED = List.of("person", "association", "membership", "role_assignment",
            "invite", "profile", "meeting", "meeting_agenda_item", "rsvp", "attendance", "meeting_reminder",
            "meeting_settings", "meeting_live_message", "meeting_participant", "vote", "vote_elector", "ballot",
            "ballot_message", "vote_board", "agenda_minutes", "protocol", "deadline", "deadline_nudge",
            "work_plan_item", "work_plan_submission", "document_request", "outbox_message", "send_pace",
            "unreachable_chat", "dialog_state", "processed_update", "announcement", "announcement_recipient");

    /** She is an official of the department too. */
    @Override
    protected List<String> moreArguments() {
        return List.of("--app.officials.ids=" + OFFICIAL + "," + ID);
    }

    @Test
    void forgetLeavesNothingThatTiesHerToTheDataAndTouchesNobodyElse() {
        Phone she = new Phone(new TestUser(ID, "Аполлинария", "Ждановская", "apollinaria_robot", "ru"));
        she.sends("/new_association МУМО учителей робототехники");
        BotMessage pick = she.receives("Какому положению следует «МУМО учителей робототехники»?");
        she.presses(pick, "📜 " + TEREK);
        BotMessage created = she.seesEdited(pick, "«МУМО учителей робототехники» создано");
        String memberCode = code(created.text(), 1);
        registered(she, code(created.text(), 0), FORMER_NAME, WORK, POSITION);

        Phone secretary = registered("Сабина", memberCode, "Сабурова Сабина Руслановна", "Школа 3", "учитель");
        List<Phone> members = new ArrayList<>(List.of(secretary));
        for (String name : List.of("Мелентьев Марк Ильич", "Миронова Майя Олеговна", "Муравьёв Мирон Петрович")) {
            members.add(registered(name.split(" ")[1], memberCode, name, "Школа 5", "учитель"));
        }
        appoint(she, secretary, Role.SECRETARY);
        she.sends("/invite");
        she.receives("Ссылка-приглашение в «МУМО учителей робототехники»");

        secretary.sends("/members");
        assertThat(secretary.receives("Состав «МУМО учителей робототехники»").text()).contains(FORMER_NAME);

        // She corrects her name and fills her data bank entry; the secretary opens her card and exports the bank.
        answer(she, "ФИО", NAME);
        answer(she, "Квалификация по диплому", QUALIFICATION);
        answer(she, "Выявленные профдефициты", DEFICITS);
        answer(she, "Награды", AWARDS);
        answer(she, "Дата рождения", BIRTH);
        secretary.sends("/members");
        secretary.presses(secretary.receives("Состав «МУМО учителей робототехники»"), "📇 " + NAME);
        assertThat(secretary.receives("Карточка банка данных").text()).contains(DEFICITS, AWARDS);
        secretary.sends("/export");
        receivesDocument(secretary, "Банк данных");

        // Her reminders, a deadline nudged at half past nine, a meeting to answer, and today's meeting with a vote.
        she.sends("/meeting_reminders 24h 2h");
        she.receives("Готово: напоминания");
        Membership chair = membershipOf(she);
        ZonedDateTime morning = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(1).withHour(9).withMinute(30)
                .truncatedTo(ChronoUnit.MINUTES);
        DeadlineService deadlines = bean(DeadlineService.class);
        Deadline report = deadlines.calendar(chair.getAssociation().getId()).stream()
                .filter(d -> d.getKind() == DeadlineKind.CALENDAR_REPORT).findFirst().orElseThrow();
        deadlines.move(chair, report.getId(),
                (int) ChronoUnit.DAYS.between(report.getDueDate(), morning.toLocalDate().plusDays(7))).orElseThrow();
        clock.moveTo(morning.toInstant());
        awaitSweep(NUDGES);
        she.receives("Отчёт за календарный год");

        MeetingService meetings = bean(MeetingService.class);
        meetings.schedule(chair, morning.plusDays(5).withHour(15), MeetingFormat.IN_PERSON, "Кабинет 12",
                List.of("О кружках"));
        BotMessage announcement = she.receives("назначено заседание");
        she.presses(announcement, "Приду");
        she.seesEdited(announcement, "Ваш ответ: приду");
        clock.moveTo(morning.withHour(10).toInstant());
        meetings.schedule(chair, morning.withHour(11), MeetingFormat.IN_PERSON, "Актовый зал",
                List.of("О плане работы"));
        she.sends("/checkin");
        List<Phone> everyone = new ArrayList<>(members);
        everyone.add(she);
        checkIn(everyone);
        she.sends("/vote_open\nУтвердить план работы кружков");
        for (Phone voter : everyone) {
            BotMessage ballot = voter.receives("Голосование на заседании");
            voter.presses(ballot, "За");
            voter.seesEdited(ballot, "Ваш выбор: За");
        }
        Phone blocking = members.get(3);
        telegram.blockedBy(blocking.id());
        she.sends("/vote_close");
        she.receives("Итоги голосования");
        she.sends("/heard 1 Доклад председателя о кружках");
        she.receives("Записано в протокол: «Слушали» по вопросу 1");
        she.sends("/meeting_close");
        she.receives("Заседание № 1");

        // Her papers, built off the update thread.
        she.sends("/protocol");
        receivesDocument(she, "Протокол");
        she.sends("/plan");
        BotMessage board = she.receives("📋 План работы");
        she.presses(board, "➕ В раздел 1");
        she.receives("Напишите планируемое мероприятие");
        she.sends("Соревнования роботов");
        she.receives("Дата проведения или период");
        she.sends("Апрель");
        she.receives("Планируемый результат");
        she.sends("Команда на региональном этапе");
        she.receives("добавлен");
        board = she.receives("📋 План работы");
        she.presses(board, "📤 Утвердить и отправить");
        she.seesEdited(board, "Отправить план работы");
        she.presses(board, "Да, отправить");
        receivesDocument(she, "План работы");
        she.sends("/report");
        BotMessage periods = she.receives("За какой период");
        she.presses(periods, periods.buttonTexts().get(0));
        receivesDocument(she, "Черновик отчёта");

        // She sends an announcement to the members, and gets the secretary's.
        announce(she, "Коллеги, в пятницу соревнования роботов.");
        secretary.receives("объявление");
        announce(secretary, "Коллеги, кружок переносится на среду.");
        she.receives("Коллеги, кружок переносится на среду.");

        // She starts a plan item naming her school, and withdraws consent in the middle of it.
        she.sends("/plan");
        she.presses(she.receives("📋 План работы"), "➕ В раздел 2");
        she.receives("Напишите планируемое мероприятие");
        she.sends("Открытый урок в «" + WORK + "»");
        she.receives("Дата проведения или период");
        awaitOutboxSent();
        assertThat(FILLED).as("tables the flow has filled").allSatisfy(table ->
                assertThat(jdbc().queryForObject("select count(*) from " + table, Long.class)).as(table).isPositive());
        assertThat(placesHolding(ID, VALUES)).as("places holding her data before /forget").isNotEmpty();
        long personId = bean(PersonService.class).findPerson(ID).orElseThrow().getId();
        List<Map<String, Object>> othersMessages = othersMessages();
        List<Map<String, Object>> othersMemberships = jdbc().queryForList(
                "select id, role, left_at, live from membership where person_id <> ? order by id", personId);

        she.sends("/forget");
        BotMessage confirm = she.receives("Отзыв согласия");
        she.presses(confirm, "Да, удалить мои данные");
        she.seesEdited(confirm, "Ваши данные удалены");
        secretary.sends("/members");
        assertThat(secretary.receives("Состав «МУМО учителей робототехники»").text()).doesNotContain(NAME);
        awaitOutboxSent();

        assertThat(placesHolding(ID, VALUES)).as("places still holding her data").isEmpty();
        assertThat(jdbc().queryForList("select full_name from meeting_participant where person_id = ?", String.class,
                personId)).as("her line in the protocol").containsExactly("Участник удалён");
        assertThat(othersMessages()).as("messages to others that never named her")
                .containsAll(othersMessages.stream().filter(row -> stillThere(row)).toList());
        assertThat(jdbc().queryForList("select id, role, left_at, live from membership where person_id <> ? order by id",
                personId)).as("everyone else's memberships").isEqualTo(othersMemberships);
    }

    /** The messages to other people whose text does not name her: /forget must leave each of them as it was. */
    private List<Map<String, Object>> othersMessages() {
        return jdbc().queryForList("select id, chat_id, kind, payload from outbox_message "
                + "where chat_id <> ? order by id", ID).stream()
                .filter(row -> VALUES.stream().noneMatch(v -> String.valueOf(row.get("PAYLOAD")).contains(v)))
                .toList();
    }

    private boolean stillThere(Map<String, Object> row) {
        return jdbc().queryForObject("select count(*) from outbox_message where id = ?", Long.class,
                row.get("ID")) > 0;
    }

    /** Sends an announcement without files (to the members: the association has no guests) and waits for its report. */
    private void announce(Phone sender, String text) {
        sender.sends("/announce");
        sender.receives("Напишите текст объявления");
        sender.sends(text);
        sender.receives("Приложите файлы");
        sender.sends("/done");
        BotMessage preview = sender.receives("Проверьте объявление");
        sender.presses(preview, "📣 Отправить");
        sender.seesEdited(preview, "Объявление отправляется");
        sender.receives("📣 Объявление от");
    }
}
