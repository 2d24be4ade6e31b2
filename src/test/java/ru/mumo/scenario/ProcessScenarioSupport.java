package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import ru.mumo.emulator.BotApiEmulator;
import ru.mumo.emulator.BotMessage;
import ru.mumo.emulator.TestUser;

/**
 * What the tests of the packaged jar share: an emulator of the Bot API per test, the jar in a work directory of
 * its own under target (its logs stay there), waiting for messages, and what Telegram may refuse after a kill.
 */
abstract class ProcessScenarioSupport {

    static final long OFFICIAL = 100;
    /** A stranger whose /start, once answered, shows that the bot is done with what came before (see settle). */
    static final TestUser PROBE = new TestUser(99, "Проба", null, null, "ru");
    static final Pattern LINK = Pattern.compile("\\?start=([A-Za-z0-9_-]+)");

    private final String token;
    private final String botName;

    protected BotApiEmulator telegram;
    protected Path work;
    protected PackagedBot bot;

    ProcessScenarioSupport(String token, String botName) {
        this.token = token;
        this.botName = botName;
    }

    @BeforeEach
    void startTelegram() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        telegram = BotApiEmulator.start(token, botName);
        work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), botName + "-");
        bot = new PackagedBot(work, token, telegram.baseUrl().toString(), OFFICIAL);
    }

    @AfterEach
    void stopAll() {
        if (bot != null) {
            bot.killIfRunning();
        }
        telegram.close();
    }

    protected void press(TestUser user, BotMessage message, String button) {
        telegram.userPresses(user, message.messageId(), message.button(button).orElseThrow().callbackData());
    }

    /**
     * The official creates an association under the Spirovo regulation, whose member links admit without the chair's
     * approval, and gets the message with its chair and member links.
     */
    protected BotMessage createAssociation(TestUser official, String name) {
        telegram.userSends(official, "/new_association " + name);
        press(official, await(official.id(), "Какому положению следует"), "📜 Положение Спировского округа");
        return await(official.id(), "создано");
    }

    /** A person opens an invite link and goes through registration: consent, full name, place of work, position. */
    protected TestUser register(long id, String fullName, String code) {
        TestUser user = new TestUser(id, fullName.split(" ")[1], null, null, "ru");
        telegram.userSends(user, "/start " + code);
        press(user, await(id, "Согласие на обработку"), "✅ Принимаю");
        await(id, "фамилию");
        telegram.userSends(user, fullName);
        await(id, "Место работы");
        telegram.userSends(user, "Лицей № 2");
        await(id, "должность");
        telegram.userSends(user, "учитель");
        await(id, "Добро пожаловать");
        return user;
    }

    /** The newest message in the chat containing {@code fragment}; an edit shows as the edited message. */
    protected BotMessage await(long chatId, String fragment) {
        try {
            return waiting().until(() -> newest(chatId, fragment), Optional::isPresent).orElseThrow();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("No «" + fragment + "» in chat " + chatId + "; logs in " + work, e);
        }
    }

    private Optional<BotMessage> newest(long chatId, String fragment) {
        List<BotMessage> messages = telegram.messagesIn(chatId);
        for (int i = messages.size() - 1; i >= 0; i--) {
            BotMessage m = messages.get(i);
            if (m.text() != null && m.text().contains(fragment)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * Waits until the bot has handled the updates sent so far and its sender has recorded as sent what Telegram
     * already shows: the probe's /start is handled after them, and its answer leaves the one sender after the
     * rows before it are marked sent. A kill after this duplicates no message.
     */
    protected void settle() {
        int before = telegram.messagesIn(PROBE.id()).size();
        telegram.userSends(PROBE, "/start");
        waiting().until(() -> telegram.messagesIn(PROBE.id()).size() > before);
    }

    /** A jar starts in seconds but slowly on a busy machine: two minutes for anything it must do. */
    protected static ConditionFactory waiting() {
        return Awaitility.await().atMost(Duration.ofSeconds(120)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50)).pollInSameThread();
    }

    /**
     * A killed poller's long poll is still open at Telegram, which answers the new one 409 until it ends; and an
     * edit or a button's answer sent just before the kill, but not yet marked sent, is sent again and refused as
     * "not modified" or "query is too old" (answered already), which the sender takes as done. Anything else
     * Telegram refused is a bug.
     */
    protected void assertOnlyHarmlessRejections() {
        assertThat(telegram.rejectedCalls()).allSatisfy(call -> assertThat(call.httpStatus() == 409
                || call.description().contains("message is not modified")
                || call.method().equals("answerCallbackQuery") && call.description().contains("query is too old"))
                .as(call.toString()).isTrue());
    }
}
