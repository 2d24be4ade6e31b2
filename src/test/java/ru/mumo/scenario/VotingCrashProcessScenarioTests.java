package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

import ru.mumo.emulator.BotMessage;
import ru.mumo.emulator.TestUser;

/**
 * Runs the packaged jar as a separate process and kills it with SIGKILL between two ballots of a vote: the ballot
 * cast before the kill and the one pressed while the bot was down are both counted, once each. Runs in the
 * integration-test phase, after the jar is built.
 */
class VotingCrashProcessScenarioTests extends ProcessScenarioSupport {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    VotingCrashProcessScenarioTests() {
        super("987654322:voting-process-token", "mumo_voting_process_bot");
    }

    @Test
    void aKillBetweenTwoBallotsLosesNeither() throws Exception {
        // The meeting must start later today in Moscow, where the association lives: the bot's clock is set to the
        // next ten o'clock there, whenever the test runs.
        ZonedDateTime now = ZonedDateTime.now(MOSCOW);
        ZonedDateTime ten = now.with(LocalTime.of(10, 0));
        Duration ahead = Duration.between(now, ten.isAfter(now) ? ten : ten.plusDays(1));
        bot.clockAhead(ahead);
        ZonedDateTime start = ZonedDateTime.now(Clock.offset(Clock.system(MOSCOW), ahead)).plusMinutes(30)
                .withSecond(0).withNano(0);
        bot.start();
        TestUser official = new TestUser(OFFICIAL, "Ольга", null, null, "ru");
        Matcher link = LINK.matcher(createAssociation(official, "МУМО учителей информатики").text());
        assertThat(link.find()).isTrue();
        String chairCode = link.group(1);
        assertThat(link.find()).isTrue();
        String memberCode = link.group(1);
        TestUser chair = register(6001, "Председатель Анна Ивановна", chairCode);
        TestUser first = register(6002, "Первая Мария Петровна", memberCode);
        TestUser second = register(6003, "Второй Иван Сергеевич", memberCode);

        telegram.userSends(chair, "/meeting_new");
        await(chair.id(), "Когда заседание?");
        telegram.userSends(chair, DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(start));
        press(chair, await(chair.id(), "Как пройдёт заседание?"), "Очно");
        await(chair.id(), "Где пройдёт заседание?");
        telegram.userSends(chair, "Кабинет 7");
        await(chair.id(), "Повестка дня");
        telegram.userSends(chair, "Об участии в олимпиаде");
        await(chair.id(), "Вопрос 1 добавлен");
        telegram.userSends(chair, "/done");
        press(chair, await(chair.id(), "Проверьте заседание"), "✅ Подтвердить");
        awaitEdited(chair.id(), "назначено");

        telegram.userSends(chair, "/checkin");
        for (TestUser user : List.of(chair, first, second)) {
            press(user, await(user.id(), "Идёт заседание от "), "🙋 Я на заседании");
            awaitEdited(user.id(), "Отмечено: вы на заседании");
        }
        telegram.userSends(chair, "/vote_open Участвовать в олимпиаде");
        await(chair.id(), "Проголосовали: 0 из 3");
        BotMessage firstBallot = await(first.id(), "Голосование на заседании от ");
        BotMessage secondBallot = await(second.id(), "Голосование на заседании от ");

        press(first, firstBallot, "За");
        awaitEdited(first.id(), "Ваш выбор: За");
        bot.kill();
        press(second, secondBallot, "Против");
        bot.start();
        awaitEdited(second.id(), "Ваш выбор: Против");

        telegram.userSends(chair, "/vote_close");
        assertThat(await(second.id(), "Итоги голосования").text())
                .contains("За 1, против 1, воздержались 0, не голосовали 1 (из 3 присутствовавших при открытии) — решение не принято");
        bot.kill();
        assertThat(bot.single("select count(*) from ballot")).isEqualTo(2);
        assertThat(bot.single("select for_count * 10 + against_count from vote")).isEqualTo(11);
        assertOnlyHarmlessRejections();
    }

    private void awaitEdited(long chatId, String fragment) {
        await(chatId, fragment);
    }

}
