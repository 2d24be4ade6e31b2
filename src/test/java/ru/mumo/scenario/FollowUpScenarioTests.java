package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.mumo.emulator.BotMessage;
import ru.mumo.emulator.CallbackAnswer;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Role;

/**
 * Follow-ups by the roster, which no poll bot can do because it does not know who is missing: before a meeting the
 * forecast's button reminds exactly those who have not answered; at the meeting the attendance list names who said
 * "I'll come" and is not here, and nudges exactly them; during a vote the opener's board counts who has not voted
 * (names in an open vote, the number only in a secret one) and nudges exactly them. Each names who asked, and one
 * of a kind goes at most once per ten minutes a meeting or vote.
 */
class FollowUpScenarioTests extends ScenarioSupport {

    private static final JobKey REMINDERS = JobKey.jobKey("reminder-sweep", "meetings");
    private static final String SECRETARY = "Секретарь Вера Петровна";

    @Test
    void tenMembersSixAnsweredTheButtonRemindsTheFourOthersOncePerTenMinutes() {
        Team team = team("МУМО учителей географии", 8);
        ZonedDateTime start = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(3).withHour(15).withMinute(0)
                .withSecond(0).withNano(0);
        bean(MeetingService.class).schedule(team.chairMembership, start, MeetingFormat.IN_PERSON, "Кабинет 7",
                List.of("О плане работы"));
        List<Phone> answered = team.everyone.subList(0, 6);
        List<Phone> silent = team.everyone.subList(6, 10);
        for (Phone phone : team.everyone) {
            BotMessage announcement = phone.receives("назначено заседание");
            phone.receives(m -> m.document() != null, "the calendar file");
            if (answered.contains(phone)) {
                String answer = answered.indexOf(phone) < 4 ? "Приду" : "Не смогу";
                phone.presses(announcement, answer);
                phone.seesEdited(announcement, "Ваш ответ");
            }
        }

        clock.moveTo(start.toInstant().minus(Duration.ofHours(24)));
        awaitSweep(REMINDERS);
        BotMessage forecast = team.secretary.receives("подтвердили 4 из 10; для кворума нужно 6");
        assertThat(forecast.text()).contains("Не ответили (4)");
        silent.forEach(phone -> assertThat(forecast.text()).contains(name(team, phone)));
        answered.forEach(phone -> assertThat(forecast.text()).doesNotContain(name(team, phone)));
        assertThat(forecast.buttonTexts()).containsExactly("🔔 Напомнить не ответившим (4)");
        BotMessage chairForecast = team.chair.receives("подтвердили 4 из 10");
        settle();
        team.everyone.forEach(Phone::drain);

        CallbackAnswer sent = team.secretary.pressesAndIsAnswered(forecast, "🔔 Напомнить не ответившим (4)");
        assertThat(sent.text()).isEqualTo("Напоминание отправлено: 4 получателя.");
        List<BotMessage> reminders = new ArrayList<>();
        for (Phone phone : silent) {
            BotMessage reminder = phone.receives("напоминает: вы ещё не ответили");
            reminders.add(reminder);
            assertThat(reminder.text()).startsWith("🔔 " + SECRETARY + " (ответственный секретарь) напоминает")
                    .contains("О плане работы", "Сможете прийти?");
            assertThat(reminder.buttonTexts()).containsExactly("Приду", "Не смогу");
        }
        settle();
        answered.forEach(Phone::receivesNothingMore);

        // The chair presses the same button within ten minutes: nothing goes, and the chair hears who sent one.
        CallbackAnswer again = team.chair.pressesAndIsAnswered(chairForecast, "🔔 Напомнить не ответившим (4)");
        assertThat(again.showAlert()).isTrue();
        assertThat(again.text()).contains("Напоминание уже отправлено в", SECRETARY, "не чаще раза в 10 минут");
        settle();
        team.everyone.forEach(Phone::receivesNothingMore);
        assertThat(jdbc().queryForObject("select count(*) from follow_up f join membership m "
                + "on m.id = f.asked_by_membership_id where m.association_id = ? and f.recipients = 4",
                Integer.class, team.associationId())).isEqualTo(1);

        // One of them answers; ten minutes later the next reminder reaches only the three still silent.
        silent.get(0).presses(reminders.get(0), "Приду");
        silent.get(0).seesEdited(reminders.get(0), "Ваш ответ: приду");
        clock.shift(Duration.ofMinutes(11));
        assertThat(team.chair.pressesAndIsAnswered(chairForecast, "🔔 Напомнить не ответившим (4)").text())
                .isEqualTo("Напоминание отправлено: 3 получателя.");
        silent.subList(1, 4).forEach(phone -> phone.receives("Председатель Пётр Иванович (председатель) напоминает"));
        settle();
        team.everyone.forEach(Phone::receivesNothingMore);
    }

    @Test
    void atTheMeetingAndDuringOpenAndSecretVotesOnlyThoseMissingAreNudged() {
        Team team = team("МУМО учителей химии", 5);
        ZonedDateTime morning = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(1).withHour(10).withMinute(0);
        clock.moveTo(morning.toInstant());
        Meeting meeting = bean(MeetingService.class).schedule(team.chairMembership, morning.plusHours(1),
                MeetingFormat.IN_PERSON, "Кабинет 5", List.of("О плане работы"));
        List<Phone> promised = List.of(team.chair, team.secretary, team.member(0), team.member(1), team.member(2));
        for (Phone phone : team.everyone) {
            BotMessage announcement = phone.receives("назначено заседание");
            if (promised.contains(phone)) {
                phone.presses(announcement, "Приду");
                phone.seesEdited(announcement, "Ваш ответ: приду");
            }
        }
        team.secretary.sends("/checkin");
        checkIn(team.chair, team.secretary, team.member(0));
        BotMessage board = team.secretary.receives("Присутствие на заседании");
        board = team.secretary.seesEdited(board, "Обещали прийти, но не отмечены (2):\n• " + team.memberName(1)
                + "\n• " + team.memberName(2));
        assertThat(board.buttonTexts()).startsWith("🔔 Напомнить обещавшим прийти (2)");
        BotMessage thirdPrompt = team.member(3).receives("Идёт заседание от");
        BotMessage fourthPrompt = team.member(4).receives("Идёт заседание от");
        settle();
        team.everyone.forEach(Phone::drain);

        assertThat(team.secretary.pressesAndIsAnswered(board, "🔔 Напомнить обещавшим прийти (2)").text())
                .isEqualTo("Напоминание отправлено: 2 получателя.");
        for (Phone late : List.of(team.member(1), team.member(2))) {
            BotMessage nudge = late.receives("напоминает: заседание от");
            assertThat(nudge.text()).contains(SECRETARY + " (ответственный секретарь)", "вы обещали прийти");
            late.presses(nudge, "🙋 Я на заседании");
            late.seesEdited(nudge, "Отмечено: вы на заседании");
        }
        team.secretary.seesEdited(board, "🔔 Последнее напоминание — в");
        settle();
        for (Phone phone : List.of(team.chair, team.member(0), team.member(3), team.member(4))) {
            phone.receivesNothingMore();
        }
        team.member(3).presses(thirdPrompt, "🙋 Я на заседании");
        team.member(3).seesEdited(thirdPrompt, "Отмечено: вы на заседании");
        team.member(4).presses(fourthPrompt, "🙋 Я на заседании");
        team.member(4).seesEdited(fourthPrompt, "Отмечено: вы на заседании");

        // An open vote: 5 of 7 vote, the board names the other two, and the nudge reaches exactly them.
        team.secretary.sends("/vote_open Утвердить план работы");
        BotMessage voteBoard = team.secretary.receives("Проголосовали: 0 из 7");
        List<Phone> voters = List.of(team.chair, team.secretary, team.member(0), team.member(1), team.member(2));
        List<Phone> missing = List.of(team.member(3), team.member(4));
        for (Phone phone : team.everyone) {
            BotMessage ballot = phone.receives("Голосование на заседании");
            if (voters.contains(phone)) {
                phone.presses(ballot, "За");
                phone.seesEdited(ballot, "Ваш выбор: За");
            }
        }
        voteBoard = team.secretary.seesEdited(voteBoard, "Проголосовали: 5 из 7");
        assertThat(voteBoard.text()).contains("Не проголосовали: 2:\n• " + team.memberName(3) + "\n• "
                + team.memberName(4));
        assertThat(voteBoard.buttonTexts()).containsExactly("🔔 Напомнить не проголосовавшим (2)");
        settle();
        team.everyone.forEach(Phone::drain);
        assertThat(team.secretary.pressesAndIsAnswered(voteBoard, "🔔 Напомнить не проголосовавшим (2)").text())
                .isEqualTo("Напоминание отправлено: 2 получателя.");
        for (Phone phone : missing) {
            BotMessage nudge = phone.receives("напоминает: вы ещё не проголосовали");
            assertThat(nudge.text()).contains(SECRETARY, "«Утвердить план работы»");
            assertThat(nudge.buttonTexts()).containsExactly("За", "Против", "Воздержусь");
        }
        assertThat(team.secretary.pressesAndIsAnswered(voteBoard, "🔔 Напомнить не проголосовавшим (2)").text())
                .contains("Напоминание уже отправлено в");
        settle();
        voters.forEach(Phone::receivesNothingMore);
        missing.forEach(Phone::receivesNothingMore);
        team.secretary.sends("/vote_close");
        team.everyone.forEach(phone -> phone.receives("Итоги голосования"));

        // A secret vote: the board gives the number only; the nudge still reaches exactly the two.
        team.secretary.sends("/vote_open secret О выдвижении на конкурс");
        BotMessage secretBoard = team.secretary.receives("Тайное голосование открыто");
        for (Phone phone : team.everyone) {
            BotMessage ballot = phone.receives("Тайное голосование на заседании");
            if (voters.contains(phone)) {
                phone.presses(ballot, "Против");
                phone.seesEdited(ballot, "Ваш голос учтён");
            }
        }
        secretBoard = team.secretary.seesEdited(secretBoard, "Проголосовали: 5 из 7");
        assertThat(secretBoard.text()).contains("Не проголосовали: 2 (голосование тайное: имена не показываются)")
                .doesNotContain(team.memberName(3), team.memberName(4));
        settle();
        team.everyone.forEach(Phone::drain);
        assertThat(team.secretary.pressesAndIsAnswered(secretBoard, "🔔 Напомнить не проголосовавшим (2)").text())
                .isEqualTo("Напоминание отправлено: 2 получателя.");
        missing.forEach(phone -> phone.receives("напоминает: вы ещё не проголосовали"));
        settle();
        voters.forEach(Phone::receivesNothingMore);
        missing.forEach(Phone::receivesNothingMore);
        assertThat(team.secretary.current(secretBoard).text()).doesNotContain(team.memberName(3));
    }

    private static String name(Team team, Phone phone) {
        int i = team.members.indexOf(phone);
        return i >= 0 ? team.memberName(i) : phone == team.chair ? team.chairName : team.secretaryName;
    }

    /** A chair, the secretary and {@code plainMembers} members. */
    private Team team(String name, int plainMembers) {
        Team team = newTeam(name);
        team.join("Председатель Пётр Иванович", Role.CHAIR);
        team.join(SECRETARY, Role.SECRETARY);
        for (int i = 0; i < plainMembers; i++) {
            team.join(team.memberName(i), Role.MEMBER);
        }
        return team;
    }

    private JdbcTemplate jdbc() {
        return bean(JdbcTemplate.class);
    }
}
