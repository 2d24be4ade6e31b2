package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;

import ru.mumo.emulator.ApiCall;
import ru.mumo.emulator.BotMessage;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.Reminder;
import ru.mumo.meetings.ReminderService;
import ru.mumo.membership.Role;

/**
 * Meetings end to end through the Bot API emulator: scheduling with an agenda, the announcement with its
 * calendar file, answers, both reminders at their time (the clock is shifted, the Quartz sweeper runs every
 * second), a reminder across a restart, check-in by button and by the secretary, quorum at 9, 10 and 11 members.
 * People join through the membership service to keep the set-up short; registration has scenarios of its own.
 */
class MeetingsScenarioTests extends ScenarioSupport {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String SWEEP = "app.meetings.sweep-interval";
    private static final JobKey REMINDERS = JobKey.jobKey("reminder-sweep", "meetings");

    /** Every start of the bot in this class, restarts included, sweeps reminders every second. */
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
    void scheduleAnnounceAnswerAndRemindTwice() {
        Team team = team("МУМО учителей математики", 3, 1);
        Phone chair = team.chair;
        ZonedDateTime start = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(3).withHour(15).withMinute(0)
                .withSecond(0).withNano(0);

        chair.sends("/meeting_new");
        chair.receives("Когда заседание?");
        chair.sends("31.02.2027 15:00");
        chair.receives("Такой даты или времени не бывает");
        chair.sends("01.01.2020 10:00");
        chair.receives("Это время уже прошло");
        chair.sends(TYPED.format(start));
        BotMessage format = chair.receives("Как пройдёт заседание?");
        chair.presses(format, "Очно");
        chair.receives("Где пройдёт заседание?");
        chair.sends("МБОУ СОШ № 1, кабинет 12");
        chair.receives("Повестка дня");
        chair.sends("/done");
        chair.receives("нет ни одного вопроса");
        chair.sends("О плане работы на год");
        chair.receives("Вопрос 1 добавлен");
        chair.sends("Об итогах муниципального этапа олимпиады");
        chair.receives("Вопрос 2 добавлен");
        chair.sends("/done");
        BotMessage summary = chair.receives("Проверьте заседание");
        assertThat(summary.text()).contains(TYPED.format(start), "МБОУ СОШ № 1, кабинет 12",
                "1. О плане работы на год", "2. Об итогах муниципального этапа олимпиады");
        chair.presses(summary, "✅ Подтвердить");
        chair.seesEdited(summary, "Заседание " + TYPED.format(start) + " назначено");

        for (Phone phone : team.everyone) {
            BotMessage announcement = phone.receives("назначено заседание");
            assertThat(announcement.text()).contains("Заседание " + TYPED.format(start),
                    "Место: МБОУ СОШ № 1, кабинет 12", "1. О плане работы на год");
            assertThat(announcement.buttonTexts()).containsExactly("Приду", "Не смогу");
            BotMessage ics = phone.receives(m -> m.document() != null, "the calendar file");
            assertThat(ics.document().fileName()).endsWith(".ics");
            String calendar = new String(ics.document().bytes(), StandardCharsets.UTF_8).replace("\r\n ", "");
            assertThat(calendar).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT",
                    "DTSTART:" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(start.toInstant().atZone(ZoneId.of("UTC"))),
                    "LOCATION:МБОУ СОШ № 1\\, кабинет 12");
            if (phone == team.members.get(0)) {
                phone.presses(announcement, "Приду");
                phone.seesEdited(announcement, "Ваш ответ: приду");
            } else if (phone == team.members.get(1)) {
                phone.presses(announcement, "Не смогу");
                phone.seesEdited(announcement, "Ваш ответ: не смогу");
            }
        }
        Phone coming = team.members.get(0);
        Phone declined = team.members.get(1);
        coming.sends("/meetings");
        assertThat(coming.receives("Предстоящие заседания").text()).contains(TYPED.format(start), "Ваш ответ: приду");

        clock.moveTo(start.toInstant().minus(Duration.ofHours(24)));
        coming.receives("Напоминание: через 24 часа — заседание");
        for (Phone officer : List.of(chair, team.secretary)) {
            BotMessage forecast = officer.receives("подтвердили 1 из 5; для кворума нужно 3");
            assertThat(forecast.text()).contains("Не ответили (3)", "Председатель Первый", "Секретарь Второй",
                    team.memberName(2));
        }
        clock.moveTo(start.toInstant().minus(Duration.ofHours(1)));
        coming.receives("Напоминание: через 1 час — заседание");
        team.guest.receives("через 24 часа");
        team.guest.receives("через 1 час");
        coming.receivesNothingMore();
        declined.receivesNothingMore();
    }

    @Test
    void aReminderDueWhileTheBotWasDownIsSentOnceAfterTheRestart() {
        Team team = team("МУМО учителей истории", 2, 0);
        Instant start = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(2).withSecond(0).withNano(0).toInstant();
        Meeting meeting = schedule(team, start);
        Phone member = team.members.get(0);
        member.receives("назначено заседание");
        member.receives(m -> m.document() != null, "the calendar file");

        stopBot();
        clock.moveTo(start.minus(Duration.ofHours(23)));
        startBot();

        member.receives("Напоминание: через 24 часа");
        awaitSweep(REMINDERS);
        member.receivesNothingMore();
        restartBot();
        awaitSweep(REMINDERS);
        member.receivesNothingMore();
        assertThat(bean(ReminderService.class).remindersOf(meeting.getId()))
                .extracting(Reminder::getOffset, r -> r.getSentAt() != null)
                .containsExactly(tuple(Duration.ofHours(24), true),
                        tuple(Duration.ofHours(1), false));
    }

    @Test
    void theSchedulingDialogSurvivesARestartAndSpeaksEnglishToThoseWhoChoseIt() {
        Team team = team("Maths teachers", 1, 0);
        Phone english = team.join("Smith John William", Role.MEMBER, "en");
        team.chair.sends("/meeting_new");
        team.chair.receives("Когда заседание?");
        team.chair.sends("завтра в 16:30");
        BotMessage format = team.chair.receives("Как пройдёт заседание?");

        restartBot();

        team.chair.presses(format, "Онлайн");
        team.chair.receives("Пришлите ссылку");
        team.chair.sends("ссылка будет позже");
        team.chair.receives("Это не похоже на ссылку");
        team.chair.sends("https://meet.example.org/mumo-maths");
        team.chair.receives("Повестка дня");
        team.chair.sends("Итоги олимпиады");
        team.chair.sends("/done");
        BotMessage summary = team.chair.receives("Проверьте заседание");
        team.chair.presses(summary, "✏️ Изменить");
        team.chair.seesEdited(summary, "Что изменить?");
        team.chair.presses(summary, "Повестку");
        team.chair.receives("Повестка дня");
        team.chair.sends("Work plan for the year");
        team.chair.sends("/done");
        BotMessage again = team.chair.receives("Проверьте заседание");
        assertThat(again.text()).contains("1. Work plan for the year").doesNotContain("Итоги олимпиады")
                .contains("Онлайн: https://meet.example.org/mumo-maths");
        team.chair.presses(again, "✅ Подтвердить");
        team.chair.seesEdited(again, "назначено");

        BotMessage announcement = english.receives("a meeting is scheduled");
        assertThat(announcement.text()).contains("Meeting on ", "Online: https://meet.example.org/mumo-maths",
                "1. Work plan for the year");
        assertThat(announcement.buttonTexts()).containsExactly("I'll come", "Can't come");
        english.presses(announcement, "Can't come");
        english.seesEdited(announcement, "Your answer: can't come.");
    }

    @Test
    void checkInByButtonsAndBySecretaryWithQuorumAtNineTenAndElevenMembers() {
        Team team = team("МУМО психологов", 7, 1);
        Phone secretary = team.secretary;
        secretary.sends("/checkin");
        secretary.receives("Сегодня нет назначенного заседания");

        ZonedDateTime morning = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(1).withHour(10).withMinute(0);
        clock.moveTo(morning.toInstant());
        Meeting meeting = schedule(team, morning.plusHours(1).toInstant());
        team.members.get(0).sends("/checkin");
        team.members.get(0).receives("недоступна в вашей роли");

        secretary.sends("/checkin");
        assertThat(secretary.receives("Отметка присутствия на заседании от " + DAY.format(morning) + " открыта")
                .text()).contains("Состав заседания зафиксирован: 9 членов МУМО");
        BotMessage board = secretary.receives("Присутствие на заседании от " + DAY.format(morning));
        assertThat(board.text()).contains("0 из 9 присутствуют, для кворума нужно 5: кворума нет");

        for (int i = 0; i < 4; i++) {
            checkIn(team.members.get(i));
        }
        checkIn(team.guest);
        secretary.seesEdited(board, "4 из 9 присутствуют, для кворума нужно 5: кворума нет");
        secretary.presses(board, "▫️ " + team.chairName);
        secretary.seesEdited(board, "5 из 9 присутствуют, для кворума нужно 5: кворум есть");
        assertThat(secretary.current(board).buttonTexts()).contains("✅ " + team.chairName,
                "✅ " + team.guestName + " (приглашённый, не учитывается в кворуме)");

        // Who joins during the meeting is not on its roll: quorum stays counted against the nine.
        Phone tenth = team.join("Десятая Участница Ивановна", Role.MEMBER);
        team.members.get(4).sends("/quorum");
        team.members.get(4).receives("5 из 9 присутствуют, для кворума нужно 5: кворум есть");
        secretary.sends("/attendance");
        BotMessage list = secretary.receives("Присутствие на заседании от " + DAY.format(morning));
        assertThat(secretary.pressesAndIsAnswered(list,
                "▫️ Десятая Участница Ивановна (приглашённый, не учитывается в кворуме)").text())
                .isEqualTo("Отмечен(а) присутствующим");

        team.join("Одиннадцатый Участник Петрович", Role.MEMBER);
        tenth.sends("/quorum");
        tenth.receives("5 из 9 присутствуют, для кворума нужно 5: кворум есть");
        secretary.presses(list, "✅ " + team.memberName(0));
        secretary.seesEdited(list, "4 из 9 присутствуют, для кворума нужно 5: кворума нет");
        checkIn(team.members.get(5));
        secretary.seesEdited(list, "5 из 9 присутствуют, для кворума нужно 5: кворум есть");
        assertThat(secretary.current(list).buttonTexts())
                .contains("✅ Десятая Участница Ивановна (приглашённый, не учитывается в кворуме)");

        secretary.sends("/meeting_close");
        secretary.receives("Заседание № 1 закрыто. 5 из 9 присутствуют");
        secretary.seesEdited(list, "Заседание № 1 закрыто");

        Phone late = team.members.get(6);
        BotMessage announcement = late.receives("назначено заседание");
        BotMessage lateButton = late.receives(m -> m.editCount() > 0 || text(m).contains("Идёт заседание от"),
                "the check-in message, edited or not yet");
        late.seesEdited(lateButton, "Заседание № 1 закрыто, отметка присутствия завершена");
        assertThat(late.current(lateButton).buttonTexts()).isEmpty();
        assertThat(late.pressesAndIsAnswered(announcement, "Приду").text()).contains("Заседание уже закрыто");
        late.seesEdited(announcement, "Сможете прийти?");
        assertThat(late.current(announcement).text()).doesNotContain("Ваш ответ");

        assertThat(bean(MeetingService.class).meeting(meeting.getId()).orElseThrow().frozenQuorum().present())
                .isEqualTo(5);
    }

    @Test
    void movingAndCancellingTellEveryone() {
        Team team = team("МУМО учителей физики", 2, 0);
        team.chair.sends("/meeting_reminders");
        team.chair.receives("напоминание о заседании за 24 часа, за 1 час до начала");
        team.chair.sends("/meeting_reminders 1m");
        team.chair.receives("от одного до трёх напоминаний");
        team.chair.sends("/meeting_reminders 48h 2h");
        team.chair.receives("Готово: напоминания за 48 часов, за 2 часа до начала");
        Instant start = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(5).withHour(14).withMinute(0)
                .withSecond(0).withNano(0).toInstant();
        schedule(team, start);
        Phone member = team.members.get(0);
        member.receives("назначено заседание");

        team.chair.sends("/meeting_edit");
        BotMessage pick = team.chair.receives("Выберите заседание");
        team.chair.presses(pick, pick.buttonTexts().get(0));
        team.chair.seesEdited(pick, "Что изменить?");
        team.chair.presses(pick, "Дату и время");
        team.chair.receives("Новые дата и время");
        team.chair.sends("32.12.2026 10:00");
        team.chair.receives("Такой даты или времени не бывает");
        ZonedDateTime later = start.atZone(MOSCOW).plusDays(1);
        team.chair.sends(TYPED.format(later));
        team.chair.receives("все члены МУМО и приглашённые оповещены");
        assertThat(member.receives("перенесено").text()).contains(TYPED.format(later));
        member.receives(m -> m.document() != null, "the new calendar file");

        team.members.get(0).sends("/meeting_cancel");
        team.members.get(0).receives("недоступна в вашей роли");
        team.chair.sends("/meeting_cancel");
        BotMessage cancel = team.chair.receives("Выберите заседание");
        team.chair.presses(cancel, cancel.buttonTexts().get(0));
        team.chair.seesEdited(cancel, "Все члены МУМО и приглашённые получат уведомление");
        team.chair.presses(cancel, "Да, отменить");
        team.chair.seesEdited(cancel, "отменено");
        member.receives("Заседание " + TYPED.format(later) + " отменено");
        member.sends("/meetings");
        member.receives("Предстоящих заседаний нет");
    }

    private void checkIn(Phone phone) {
        BotMessage button = phone.receives("Идёт заседание от");
        phone.presses(button, "🙋 Я на заседании");
        phone.seesEdited(button, "Отмечено: вы на заседании");
    }


    private Meeting schedule(Team team, Instant start) {
        return bean(MeetingService.class).schedule(team.chairMembership, start.atZone(MOSCOW), MeetingFormat.IN_PERSON,
                "Кабинет 5", List.of("Разное"));
    }

    private Team team(String name, int plainMembers, int guests) {
        Team team = newTeam(name);
        team.join("Председатель Первый Иванович", Role.CHAIR);
        team.join("Секретарь Второй Петрович", Role.SECRETARY);
        for (int i = 0; i < plainMembers; i++) {
            team.join(team.memberName(i), Role.MEMBER);
        }
        if (guests > 0) {
            team.join("Гостья Приглашённая Сергеевна", Role.GUEST);
        }
        return team;
    }
}
