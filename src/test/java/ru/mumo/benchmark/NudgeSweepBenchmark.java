package ru.mumo.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.mumo.MumoBotApplication;
import ru.mumo.deadlines.NudgeService;
import ru.mumo.emulator.BotApiEmulator;
import ru.mumo.membership.AssociationCreated;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Consent;
import ru.mumo.membership.InviteService;
import ru.mumo.membership.PersonDetails;
import ru.mumo.shared.Language;

/**
 * How long one sweep of the deadline calendar takes when a region's instance carries many associations: the
 * Quartz job runs it every minute, so it must stay well under that. Each association has its chair and the
 * regulation's calendar deadlines (Terek's). Run it as a main program (see BENCHMARKS.md), never as a test.
 *
 * <p>Argument: the number of associations (default 1000).
 */
public final class NudgeSweepBenchmark {

    private NudgeSweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int associations = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path data = Files.createTempDirectory("mumo-bench-");
        try (BotApiEmulator telegram = BotApiEmulator.start("42:benchmark", "mumo_bench_bot")) {
            ConfigurableApplicationContext bot = new SpringApplicationBuilder(MumoBotApplication.class).run(
                    "--spring.datasource.url=jdbc:h2:async:" + data.resolve("mumo") + ";WRITE_DELAY=0"
                            + ";DB_CLOSE_ON_EXIT=FALSE",
                    "--app.telegram.token=42:benchmark", "--app.telegram.api-url=" + telegram.baseUrl(),
                    "--app.deadlines.sweep-interval=1h", "--app.deadlines.nudge-at=00:00",
                    "--spring.main.keep-alive=false", "--logging.level.root=WARN");
            AssociationService registry = bot.getBean(AssociationService.class);
            InviteService invites = bot.getBean(InviteService.class);
            Clock clock = bot.getBean(Clock.class);
            for (int i = 0; i < associations; i++) {
                AssociationCreated created = registry.createAssociation("МУМО " + i, "TEREK", 1);
                invites.join(created.chairInvite().getCode(), 5_000_000L + i,
                        new PersonDetails("Председатель " + i, "Школа", "учитель"),
                        new Consent("bench", clock.instant()), Language.RU);
            }
            NudgeService nudges = bot.getBean(NudgeService.class);
            nudges.sendDue();   // warm-up; sends whatever is due today
            // Not timed against the sending of those nudges, which would take the same cores and the database.
            JdbcTemplate jdbc = bot.getBean(JdbcTemplate.class);
            Bench.waitFor("the outbox to empty", () -> jdbc.queryForObject(
                    "select count(*) from outbox_message where status = 'PENDING'", Long.class) == 0,
                    Duration.ofMinutes(5));
            long deadlines = jdbc.queryForObject("select count(*) from deadline", Long.class);
            int rounds = 5;
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                nudges.sendDue();
            }
            double millis = (System.nanoTime() - start) / 1e6 / rounds;
            System.out.printf(Locale.ROOT, "associations=%d deadlines=%d: one sweep %.0f ms (%.1f µs per deadline)%n",
                    associations, deadlines, millis, millis * 1000 / deadlines);
            System.out.printf(Locale.ROOT, "load %s%n", Bench.load());
            bot.close();
        }
    }
}
