package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.mumo.emulator.BotApiEmulator;
import ru.mumo.emulator.BotMessage;
import ru.mumo.emulator.TestUser;

/**
 * Runs the packaged jar as a separate process and kills it with SIGKILL between two ballots of a vote: the ballot
 * cast before the kill and the one pressed while the bot was down are both counted, once each. Runs in the
 * integration-test phase, after the jar is built.
 */
class VotingCrashProcessScenarioTests {

    private static final String TOKEN = "987654322:voting-process-token";
    private static final long OFFICIAL = 100;
    private static final Pattern LINK = Pattern.compile("\\?start=([A-Za-z0-9_-]+)");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private BotApiEmulator telegram;
    private Path work;
    private PackagedBot bot;

    @BeforeEach
    void start() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        telegram = BotApiEmulator.start(TOKEN, "mumo_voting_process_bot");
        work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "voting-process-");
        bot = new PackagedBot(work, TOKEN, telegram.baseUrl().toString(), OFFICIAL);
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.killIfRunning();
        }
        telegram.close();
    }

    @Test
    void aKillBetweenTwoBallotsLosesNeither() throws Exception {
        // The meeting must start later today in Moscow, where the association lives.
        ZonedDateTime start = ZonedDateTime.now(MOSCOW).plusMinutes(30).withSecond(0).withNano(0);
        Assumptions.assumeTrue(start.toLocalDate().equals(ZonedDateTime.now(MOSCOW).toLocalDate()),
                "too close to midnight in Moscow for a meeting today");
        bot.start();
        TestUser official = new TestUser(OFFICIAL, "Ольга", null, null, "ru");
        telegram.userSends(official, "/new_association МУМО учителей информатики");
        Matcher link = LINK.matcher(await(OFFICIAL, "создано").text());
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
        awaitEdited(chair.id(), "назначено на");

        telegram.userSends(chair, "/checkin");
        for (TestUser user : List.of(chair, first, second)) {
            press(user, await(user.id(), "Идёт заседание № 1"), "🙋 Я на заседании");
            awaitEdited(user.id(), "Отмечено: вы на заседании");
        }
        telegram.userSends(chair, "/vote_open Участвовать в олимпиаде");
        await(chair.id(), "Проголосовали: 0 из 3");
        BotMessage firstBallot = await(first.id(), "Голосование на заседании № 1");
        BotMessage secondBallot = await(second.id(), "Голосование на заседании № 1");

        press(first, firstBallot, "За");
        awaitEdited(first.id(), "Ваш выбор: За");
        bot.kill();
        press(second, secondBallot, "Против");
        bot.start();
        awaitEdited(second.id(), "Ваш выбор: Против");

        telegram.userSends(chair, "/vote_close");
        assertThat(await(second.id(), "Итоги голосования").text())
                .contains("За 1, против 1, воздержались 0 — решение не принято");
        bot.kill();
        assertThat(bot.single("select count(*) from ballot")).isEqualTo(2);
        assertThat(bot.single("select for_count * 10 + against_count from vote")).isEqualTo(11);
        // A killed poller's long poll is still open at Telegram, which answers the new one 409 until it ends; and
        // an edit or a button's answer sent just before the kill, but not yet marked sent, is sent again and refused
        // as "not modified" or "query is too old" (answered already),
        // which the sender takes as done. Anything else Telegram refused is a bug.
        assertThat(telegram.rejectedCalls()).allSatisfy(call -> assertThat(call.httpStatus() == 409
                || call.description().contains("message is not modified")
                || call.method().equals("answerCallbackQuery") && call.description().contains("query is too old"))
                .as(call.toString()).isTrue());
    }

    private TestUser register(long id, String fullName, String code) {
        TestUser user = new TestUser(id, fullName.split(" ")[1], null, null, "ru");
        telegram.userSends(user, "/start " + code);
        press(user, await(id, "Согласие на обработку"), "✅ Принимаю");
        await(id, "фамилию");
        telegram.userSends(user, fullName);
        await(id, "Место работы");
        telegram.userSends(user, "Лицей № 2");
        await(id, "должность");
        telegram.userSends(user, "учитель информатики");
        await(id, "Добро пожаловать");
        return user;
    }

    private void press(TestUser user, BotMessage message, String button) {
        telegram.userPresses(user, message.messageId(), message.button(button).orElseThrow().callbackData());
    }

    /** The newest message in the chat containing {@code fragment}. */
    private BotMessage await(long chatId, String fragment) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            List<BotMessage> messages = telegram.messagesIn(chatId);
            for (int i = messages.size() - 1; i >= 0; i--) {
                BotMessage m = messages.get(i);
                if (m.text() != null && m.text().contains(fragment)) {
                    return m;
                }
            }
            sleep(50);
        }
        throw new AssertionError("No «" + fragment + "» in chat " + chatId + "; logs in " + work);
    }

    private void awaitEdited(long chatId, String fragment) {
        await(chatId, fragment);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
