package ru.mumo.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.mumo.MumoBotApplication;
import ru.mumo.emulator.BotApiEmulator;
import ru.mumo.emulator.TestUser;

/**
 * Throughput of the whole update pipeline: the emulator queues updates, the real bot long-polls them,
 * processes each once in its own transaction (insert of the update id, caller lookup, outbox write) and the
 * sender delivers the replies under the rate limits. Run it as a main program (see BENCHMARKS.md), never as a
 * test: figures on a shared 2-core machine are only comparable within one run.
 *
 * <p>Arguments: the number of updates (default 2000) and H2's {@code WRITE_DELAY} in milliseconds (default 0,
 * as the bot runs; H2's own default is 500), to see what durability on kill -9 costs.
 */
public final class PipelineBenchmark {

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int updates = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int writeDelay = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Path data = Files.createTempDirectory("mumo-bench-");
        try (BotApiEmulator telegram = BotApiEmulator.start("42:benchmark", "mumo_bench_bot")) {
            ConfigurableApplicationContext bot = new SpringApplicationBuilder(MumoBotApplication.class).run(
                    "--spring.datasource.url=jdbc:h2:async:" + data.resolve("mumo") + ";WRITE_DELAY=" + writeDelay
                            + ";DB_CLOSE_ON_EXIT=FALSE",
                    "--app.telegram.token=42:benchmark", "--app.telegram.api-url=" + telegram.baseUrl(),
                    "--spring.main.keep-alive=false", "--logging.level.root=WARN");
            JdbcTemplate jdbc = bot.getBean(JdbcTemplate.class);
            waitFor(() -> telegram.calls().stream().anyMatch(c -> c.method().equals("getUpdates")), Duration.ofMinutes(1));

            run(telegram, jdbc, 200, 1_000_000);   // warm-up
            Result result = run(telegram, jdbc, updates, 2_000_000);
            System.out.printf(Locale.ROOT, "WRITE_DELAY=%d: updates=%d processed in %.2f s: %.0f updates/s; %d replies sent in %.2f s: %.1f messages/s%n",
                    writeDelay, updates, result.processSeconds(), updates / result.processSeconds(),
                    updates, result.sendSeconds(), updates / result.sendSeconds());
            bot.close();
        }
    }

    private static Result run(BotApiEmulator telegram, JdbcTemplate jdbc, int updates, long firstUser) {
        long processedBefore = count(jdbc, "select count(*) from processed_update");
        long sentBefore = count(jdbc, "select count(*) from outbox_message where status = 'SENT'");
        long start = System.nanoTime();
        for (int i = 0; i < updates; i++) {
            telegram.userSends(new TestUser(firstUser + i, "U" + i, null, null, "ru"), "/help");
        }
        waitFor(() -> count(jdbc, "select count(*) from processed_update") - processedBefore >= updates,
                Duration.ofMinutes(10));
        double processed = (System.nanoTime() - start) / 1e9;
        waitFor(() -> count(jdbc, "select count(*) from outbox_message where status = 'SENT'") - sentBefore >= updates,
                Duration.ofMinutes(30));
        double sent = (System.nanoTime() - start) / 1e9;
        return new Result(processed, sent);
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private record Result(double processSeconds, double sendSeconds) {
    }
}
