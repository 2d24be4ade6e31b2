package ru.mumo.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import ru.mumo.emulator.internal.ApiException;
import ru.mumo.emulator.internal.ApiSpec;
import ru.mumo.emulator.internal.BotIdentity;
import ru.mumo.emulator.internal.CallLog;
import ru.mumo.emulator.internal.Faults;
import ru.mumo.emulator.internal.HttpFront;
import ru.mumo.emulator.internal.Listeners;
import ru.mumo.emulator.internal.People;
import ru.mumo.emulator.internal.RateLimiter;
import ru.mumo.emulator.internal.UpdateQueue;
import ru.mumo.emulator.internal.Webhook;
import ru.mumo.emulator.internal.World;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process Telegram Bot API on 127.0.0.1 for end-to-end tests of a bot and for a sandbox UI.
 * The bot talks to it over HTTP exactly as to api.telegram.org; tests play the users and inspect what the
 * bot did. Every call is validated against the bundled Bot API spec and malformed ones are rejected with
 * Telegram's error texts, so mistakes surface in tests rather than in production.
 *
 * <pre>{@code
 * try (BotApiEmulator telegram = BotApiEmulator.start("123456:test-token", "mumo_test_bot")) {
 *     // point the bot at telegram.baseUrl() with telegram.token()
 *     TestUser anna = TestUser.of(1001, "Anna");
 *     telegram.userSends(anna, "/start");
 *     BotMessage menu = telegram.awaitMessage(anna.id(), m -> m.text().contains("Menu"), Duration.ofSeconds(5));
 *     telegram.userPresses(anna, menu.messageId(), menu.button("Events").orElseThrow().callbackData());
 *     assertThat(telegram.rejectedCalls()).isEmpty();
 * }
 * }</pre>
 *
 * <p>Thread-safe. Its threads are daemons and {@link #close()} releases them.
 */
public final class BotApiEmulator implements AutoCloseable {

    static {
        // Without TCP_NODELAY the JDK server answers small requests about 40 ms late (Nagle + delayed ACK).
        // Read once when the JDK's HTTP server is first used, hence here.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final Pattern TOKEN = Pattern.compile("(\\d+):[A-Za-z0-9_-]+");
    private static final ApiSpec SPEC = ApiSpec.loadBundled();

    private final BotIdentity bot;
    private final ObjectMapper json = new ObjectMapper();
    private final World world;
    private final UpdateQueue updates = new UpdateQueue();
    private final Webhook webhook = new Webhook(updates);
    private final Faults faults = new Faults();
    private final RateLimiter rateLimiter = new RateLimiter();
    private final CallLog log = new CallLog();
    private final Listeners listeners = new Listeners();
    private final People people;
    private final HttpServer server;
    private final ExecutorService executor;

    private BotApiEmulator(BotIdentity bot, int port) {
        this.bot = bot;
        this.world = new World(bot);
        this.people = new People(world, updates, bot, listeners);
        this.executor = Executors.newCachedThreadPool(daemonThreads());
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
        server.createContext("/", new HttpFront(bot, SPEC, world, updates, webhook, rateLimiter, faults, log, listeners, json));
        server.setExecutor(executor);
        startAsDaemon(server);
    }

    /** Listens on a free port of 127.0.0.1. */
    public static BotApiEmulator start(String token, String botUsername) {
        return start(token, botUsername, 0);
    }

    /**
     * @param token       a token of Telegram's shape {@code <bot id>:<secret>}; the bot id is its numeric prefix
     * @param botUsername without "@"
     * @param port        0 for a free one
     */
    public static BotApiEmulator start(String token, String botUsername, int port) {
        Matcher m = TOKEN.matcher(token);
        if (!m.matches()) {
            throw new IllegalArgumentException("a bot token looks like 123456:secret, got " + token);
        }
        return new BotApiEmulator(new BotIdentity(Long.parseLong(m.group(1)), botUsername, token), port);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "telegram-emulator-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The JDK server's dispatcher thread inherits daemon status from the thread that starts it. */
    private static void startAsDaemon(HttpServer server) {
        Thread starter = new Thread(server::start, "telegram-emulator-start");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting", e);
        }
    }

    /** Where to point the bot, e.g. {@code http://127.0.0.1:45678}; requests go to {@code /bot<token>/<method>}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String token() {
        return bot.token();
    }

    public String botUsername() {
        return bot.username();
    }

    public long botId() {
        return bot.id();
    }

    /** The Bot API version of the bundled spec, e.g. "Bot API 10.1". */
    public String apiVersion() {
        return SPEC.version();
    }

    // ---- playing the users ----

    /**
     * The user writes to the bot; a leading "/command" gets a bot_command entity as Telegram adds it.
     * Writing also unblocks the bot (a user cannot write to a bot they blocked).
     *
     * @return the update_id of the resulting update
     */
    public long userSends(TestUser user, String text) {
        return people.sends(user, text);
    }

    /**
     * The user sends the bot a file as a document, with an optional caption. The bot may send it on by its file_id,
     * as Telegram allows for files a bot received. Writing also unblocks the bot.
     *
     * @return the update_id of the resulting update
     */
    public long userSendsDocument(TestUser user, String fileName, byte[] content, String caption) {
        return people.sendsDocument(user, fileName, content, caption, null);
    }

    /**
     * The user forwards a file someone else sent them: the message carries a {@code forward_origin} naming that
     * person, as Telegram's apps forward it.
     *
     * @return the update_id of the resulting update
     */
    public long userForwardsDocument(TestUser user, TestUser originalSender, String fileName, byte[] content) {
        return people.sendsDocument(user, fileName, content, null, originalSender);
    }

    /**
     * The user started the bot some time ago (before the test began), so the bot may write to them; unlike
     * {@link #userSends} this makes no update. For setting up many people quickly.
     */
    public void userOpenedChatBefore(TestUser user) {
        people.opened(user);
    }

    /**
     * The user presses an inline button of a message the bot sent them.
     *
     * @return the update_id of the callback_query update
     * @throws IllegalArgumentException if the message, as it is now, has no button with that callback_data
     */
    public long userPresses(TestUser user, long messageId, String callbackData) {
        return people.presses(user, messageId, callbackData);
    }

    /**
     * A tampered client presses "a button" under one of the bot's messages with callback data the message does
     * not offer (now or ever): a stale id, another association's id, an edited role. Telegram's own apps send only
     * the data of a button the message shows ({@link #userPresses}); the bot must still answer such a press.
     *
     * @return the update_id of the callback_query update
     * @throws IllegalArgumentException if the bot has no such message in the user's chat
     */
    public long userPressesTampered(TestUser user, long messageId, String callbackData) {
        return people.pressesTampered(user, messageId, callbackData);
    }

    /** Queues an arbitrary update (JSON of an Update without update_id), e.g. to fuzz the bot. */
    public long pushRawUpdate(String updateJson) {
        try {
            JsonNode node = json.readTree(updateJson);
            if (!(node instanceof ObjectNode update)) {
                throw new IllegalArgumentException("an update is a JSON object: " + updateJson);
            }
            return pushRawUpdate(update);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + updateJson, e);
        }
    }

    public long pushRawUpdate(ObjectNode update) {
        if (update.has("update_id")) {
            throw new IllegalArgumentException("update_id is assigned by the emulator");
        }
        return updates.push(update.deepCopy());
    }

    /**
     * Queues an already confirmed update again, as Telegram does when the bot crashed before confirming it.
     * Only a poller that has not moved past its id sees it, e.g. a restarted bot (TelegramBots' BotSession
     * skips ids it already received).
     */
    public void redeliver(long updateId) {
        updates.redeliver(updateId);
    }

    // ---- fault injection ----

    /**
     * The next valid call of that method fails with this error instead of being executed.
     *
     * @param description null for Telegram's usual text for the code
     * @param retryAfter  required for 429, which Telegram always sends with parameters.retry_after
     */
    public void failNext(String method, int errorCode, String description, Integer retryAfter) {
        String name = SPEC.method(method)
                .orElseThrow(() -> new IllegalArgumentException("no such Bot API method: " + method)).name();
        if (errorCode == 429 && retryAfter == null) {
            throw new IllegalArgumentException("Telegram always sends 429 with retry_after");
        }
        String text = description != null ? description : switch (errorCode) {
            case 429 -> "Too Many Requests: retry after " + retryAfter;
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            default -> "Error";
        };
        faults.failNext(name, new ApiException(errorCode, text, retryAfter, true));
    }

    /** From now on, the bot's calls to this user's chat fail with 403 until the user writes again. */
    public void blockedBy(long userId) {
        world.block(userId);
    }

    /**
     * The next valid call of that method is answered {@code {"ok":true}} without a result, as a broken proxy might
     * answer. For getUpdates this ends TelegramBots' polling task for good (a NullPointerException it does not
     * catch) while its session still says it runs: a bot must notice that on its own.
     */
    public void answerNextWithoutResult(String method) {
        faults.breakNext(SPEC.method(method)
                .orElseThrow(() -> new IllegalArgumentException("no such Bot API method: " + method)).name());
    }

    /** While unavailable, every call is answered 502 Bad Gateway, as during a Telegram outage. */
    public void setAvailable(boolean available) {
        faults.setAvailable(available);
    }

    /** Enforces Telegram's sending limits (1 msg/s per private chat, 20/min per group, 30/s overall) with 429. */
    public void setStrictRateLimits(boolean strict) {
        rateLimiter.setStrict(strict);
    }

    // ---- inspection ----

    /** The bot's messages in the chat, in their current state, oldest first. */
    public List<BotMessage> messagesIn(long chatId) {
        return world.messagesIn(chatId);
    }

    /**
     * Waits for a bot message in the chat to match (including by an edit).
     *
     * @throws AssertionError listing the chat's bot messages if none matches in time
     */
    public BotMessage awaitMessage(long chatId, Predicate<BotMessage> condition, Duration timeout) {
        try {
            return world.awaitMessage(chatId, condition, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a message in chat " + chatId, e);
        }
    }

    /**
     * Waits until the bot has confirmed every update so far (by polling with a higher offset), i.e. it has
     * taken them all in.
     *
     * @throws AssertionError naming the unconfirmed update ids if that does not happen in time
     */
    public void awaitUpdatesConfirmed(Duration timeout) {
        try {
            List<Long> unconfirmed = updates.awaitConfirmed(timeout);
            if (!unconfirmed.isEmpty()) {
                throw new AssertionError("updates " + unconfirmed + " not confirmed by the bot within " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the bot to confirm updates", e);
        }
    }

    /** Every call so far, getUpdates included, in the order they were answered. */
    public List<ApiCall> calls() {
        return log.all();
    }

    /**
     * The methods of the requests received so far, in arrival order, including those not answered yet: a long poll
     * shows here when it starts and in {@link #calls()} only when it returns.
     */
    public List<String> arrivals() {
        return log.arrivals();
    }

    /** Calls answered with 4xx because of the bot (injected faults excluded). */
    public List<ApiCall> rejectedCalls() {
        return log.rejected();
    }

    /** Commands per scope: "default", "all_private_chats", "chat:12345"...; with a language "default/ru". */
    public Map<String, List<CommandEntry>> commandsByScope() {
        return world.commandsByScope();
    }

    public Optional<CallbackAnswer> callbackAnswer(String queryId) {
        return Optional.ofNullable(world.answerTo(queryId));
    }

    /** The bot's answers to this user's button presses, in the order given. */
    public List<CallbackAnswer> answersTo(long userId) {
        return world.answersTo(userId);
    }

    /** Called on the emulator's threads before the bot's call is answered, so it must not block for long. */
    public void addListener(Consumer<EmulatorEvent> listener) {
        listeners.add(listener);
    }

    /**
     * Forgets chats, messages, commands, updates, calls and faults. Update ids keep increasing, so a bot that
     * keeps polling is not confused.
     */
    public void reset() {
        world.reset();
        updates.reset();
        faults.reset();
        rateLimiter.setStrict(false);
        log.clear();
    }

    @Override
    public void close() {
        webhook.close();
        updates.close();
        server.stop(0);
        executor.shutdownNow();
    }
}
