package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar run as a separate process in a working directory of its own, as an administrator would run
 * it, so that a test can kill it with SIGKILL and start it again on the same H2 file.
 */
final class PackagedBot {

    private final Path work;
    private final String token;
    private final String apiUrl;
    private final long official;
    private final Map<String, String> environment = new HashMap<>();
    private Process process;
    private int runs;

    PackagedBot(Path work, String token, String apiUrl, long official) {
        this.work = work;
        this.token = token;
        this.apiUrl = apiUrl;
        this.official = official;
    }

    /** Runs the bot's clock this far ahead of real time, from the next start on (APP_CLOCK_OFFSET). */
    void clockAhead(Duration offset) {
        with("APP_CLOCK_OFFSET", offset.toSeconds() + "s");
    }

    /** An environment variable of the bot's own, for every start from now on. */
    PackagedBot with(String name, String value) {
        environment.put(name, value);
        return this;
    }

    void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(javaCommand()).directory(work.toFile());
        builder.environment().put("TELEGRAM_BOT_TOKEN", token);
        builder.environment().put("TELEGRAM_API_URL", apiUrl);
        builder.environment().put("APP_ADMINS", String.valueOf(official));
        // A killed bot's leases block its restart until they run out; short ones keep these tests quick.
        builder.environment().put("APP_TELEGRAM_LEASE_TTL", "6s");
        // Telegram asks for a second between two messages to one chat, and the people here answer at once: each step of
        // a dialog would wait out that second. The pace has its own tests (OutboxScenarioTests), so these go faster.
        builder.environment().put("APP_TELEGRAM_PER_CHAT_INTERVAL", "100ms");
        builder.environment().put("SERVER_PORT", "0");
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("bot-" + (++runs) + ".log").toFile()));
        process = builder.start();
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        process = null;
    }

    /** Kills a bot a failed test left running. */
    void killIfRunning() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    /** One number from the bot's H2 file, read while the bot is stopped. */
    long single(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("data/mumo"), "sa", "");
                ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<String> javaCommand() throws IOException {
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("mumo-bot-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("Build the jar first: ./mvnw verify"));
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+UseSerialGC");
        // The tests' bots live for a minute: quick start-up matters more than peak speed.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:off");
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        return command;
    }
}
