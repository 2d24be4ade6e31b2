package ru.mumo.sandbox;

import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import ru.mumo.emulator.BotApiEmulator;
import ru.mumo.sandbox.internal.Cast;

/**
 * Decides, before anything starts, what the bot talks to. With a token: Telegram (or {@code TELEGRAM_API_URL}).
 * Without one: the sandbox when it is allowed, else one line saying what to set, and exit code 2.
 */
public class SandboxLauncher implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    public static final int EXIT_CODE = 2;
    private static final String TOKEN = "1000000001:sandbox-token-not-for-telegram";
    private static final String BOT_USERNAME = "mumo_sandbox_bot";

    /** The emulator outlives this listener: the sandbox's beans pick it up once the context exists. */
    private static final AtomicReference<BotApiEmulator> EMULATOR = new AtomicReference<>();

    /** The emulator this launcher started for the sandbox, or {@code null}. */
    public static BotApiEmulator emulator() {
        return EMULATOR.get();
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        String token = environment.getProperty("app.telegram.token");
        if (token != null && !token.isBlank()) {
            return;
        }
        if (!environment.getProperty("app.sandbox.allowed", Boolean.class, false)) {
            System.err.println("TELEGRAM_BOT_TOKEN is not set: set it to your bot's token from @BotFather "
                    + "(or run ./mvnw spring-boot:run to try the bot in the sandbox without Telegram).");
            System.exit(EXIT_CODE);
        }
        System.setProperty("sun.net.httpserver.nodelay", "true");
        BotApiEmulator emulator = BotApiEmulator.start(TOKEN, BOT_USERNAME);
        EMULATOR.set(emulator);
        environment.getPropertySources().addFirst(new MapPropertySource("sandbox", Map.of(
                "app.telegram.token", TOKEN,
                "app.telegram.api-url", emulator.baseUrl().toString(),
                "app.officials.ids", String.valueOf(Cast.load().actor("official").id()),
                // The emulator's chats live in memory, so the database starts afresh with them.
                "spring.datasource.url", "jdbc:h2:mem:sandbox;DB_CLOSE_DELAY=-1",
                // Anyone who reaches the page can act as anyone: never from the network.
                "server.address", InetAddress.getLoopbackAddress().getHostAddress(),
                "app.telegram.webhook-url", "",
                "app.sandbox.enabled", "true")));
    }
}
