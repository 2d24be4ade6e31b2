package ru.mumo.benchmark;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import ru.mumo.deadlines.NudgeService;
import ru.mumo.emulator.BotApiEmulator;
import ru.mumo.emulator.BotMessage;
import ru.mumo.emulator.TestUser;
import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.ReminderService;
import ru.mumo.membership.AssociationCreated;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Consent;
import ru.mumo.membership.InviteService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.PersonDetails;
import ru.mumo.membership.Role;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/**
 * A region's size against a district's, in one run: the same operations on an association of 1,000 members, with the
 * database holding 10 associations, then 1,000 (the other associations: 49 members, the regulation's deadline
 * calendar and 10 scheduled meetings with 2 pending reminders each, that is 50,000 members and 20,000 pending
 * reminders at the larger size). Each figure is the median of 5 runs after one warm-up; end to end through the
 * emulator where a person asks (the reply or the document reaching the phone), a direct call for the sweeps. The
 * goal is that no figure at 1,000 associations is more than twice its value at 10. The larger size runs first, so
 * the smaller one has the better-warmed JVM: the ratio errs against the goal, not for it.
 *
 * <p>On PostgreSQL (the embedded server the tests use, with its default settings, so commits wait for the disk), a
 * fresh server for each size; after seeding it is analysed, as autovacuum would have done by then, and each operation
 * prints its costliest statements with their generic plans, while the server logs any statement over 20 ms.
 *
 * <p>Arguments: the smaller and the larger number of associations (default 10 1000), and {@code postgres} to run on
 * PostgreSQL instead of an H2 file.
 */
public final class ScaleBenchmark {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final int TARGET_MEMBERS = 1000;
    private static final int FILLER_MEMBERS = 49;
    private static final int RUNS = 5;

    private ScaleBenchmark() {
    }

    public static void main(String[] args) {
        try {
            int small = args.length > 0 ? Integer.parseInt(args[0]) : 10;
            int large = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
            boolean postgres = args.length > 2 && "postgres".equals(args[2]);
            Bench.report("ScaleBenchmark: %d against %d associations on %s, load %s", small, large,
                    postgres ? "PostgreSQL" : "H2", Bench.load());
            // The larger first: the smaller then runs in a JVM warmed up further, which errs against the goal.
            Map<String, Double> largeFigures = run(large, postgres);
            Map<String, Double> smallFigures = run(small, postgres);
            Bench.report("| operation | %d associations | %d associations | ratio (goal <= 2) |", small, large);
            Bench.report("|---|---|---|---|");
            smallFigures.forEach((operation, ms) -> Bench.report("| %s | %.1f ms | %.1f ms | %.2f |", operation, ms,
                    largeFigures.get(operation), largeFigures.get(operation) / ms));
            Bench.report("load after %s", Bench.load());
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static Map<String, Double> run(int associations, boolean postgres) throws IOException {
        try (BotApiEmulator telegram = BotApiEmulator.start("42:scale", "mumo_scale_bot");
                // The server logs any statement over 20 ms, and the plan, with the rows each step produced, of any
                // over 10 ms.
                EmbeddedPostgres server = postgres ? Bench.postgres(
                        "shared_preload_libraries", "pg_stat_statements,auto_explain",
                        "log_min_duration_statement", "20ms", "auto_explain.log_min_duration", "10ms",
                        "auto_explain.log_analyze", "on", "auto_explain.log_timing", "off") : null) {
            ConfigurableApplicationContext bot = Bench.bot(telegram,
                    postgres ? Bench.postgresSettings(server) : List.of("--spring.datasource.url=" + Bench.h2()),
                    "--app.telegram.global-rate=10000", "--app.telegram.per-chat-interval=1ms",
                    "--app.deadlines.sweep-interval=1h", "--app.deadlines.nudge-at=00:00",
                    "--logging.level.io.zonky.test.db.postgres.embedded.EmbeddedPostgres=INFO");
            JdbcTemplate jdbc = bot.getBean(JdbcTemplate.class);
            long seedStart = System.nanoTime();
            Target target = target(bot, telegram);
            fillers(bot, telegram, associations - 1);
            awaitOutboxEmpty(jdbc);
            Bench.report("%d associations: %d members, %d pending reminders, %d deadlines, seeded in %.0f s, load %s",
                    associations, count(jdbc, "select count(*) from membership"),
                    count(jdbc, "select count(*) from meeting_reminder where sent_at is null and dropped_at is null"),
                    count(jdbc, "select count(*) from deadline"), (System.nanoTime() - seedStart) / 1e9, Bench.load());
            if (postgres) {
                // What autovacuum would have done by the time a region had grown this large.
                jdbc.execute("analyze");
                PostgresPlans.enable(jdbc);
            }

            Map<String, Double> figures = new LinkedHashMap<>();
            ReminderService reminders = bot.getBean(ReminderService.class);
            NudgeService nudges = bot.getBean(NudgeService.class);
            figures.put("reminder sweep (none due)", median(jdbc, postgres, () -> reminders.sendDue()));
            nudges.sendDue();
            awaitOutboxEmpty(jdbc);
            figures.put("nudge sweep", median(jdbc, postgres, () -> nudges.sendDue()));
            figures.put("/quorum, meeting of 1,000", median(jdbc, postgres, () -> ask(telegram, target.secretary, "/quorum",
                    m -> m.text() != null && m.text().startsWith("Заседание"))));
            figures.put("/attendance, list of 1,000", median(jdbc, postgres, () -> ask(telegram, target.secretary, "/attendance",
                    m -> m.text() != null && m.text().startsWith("Присутствие на заседании"))));
            figures.put("/export of 1,000 members", median(jdbc, postgres, () -> ask(telegram, target.chair, "/export",
                    m -> m.document() != null)));
            AttendanceService attendance = bot.getBean(AttendanceService.class);
            attendance.close(target.secretaryMembership);
            awaitOutboxEmpty(jdbc);
            figures.put("/protocol of a meeting of 1,000", median(jdbc, postgres, () -> ask(telegram, target.chair, "/protocol",
                    m -> m.document() != null)));
            figures.put("annual report", median(jdbc, postgres, () -> {
                BotMessage choose = Bench.askAndWait(telegram, target.chair, "/report",
                        m -> m.text() != null && m.text().startsWith("За какой период"), Duration.ofMinutes(1));
                int before = telegram.messagesIn(target.chair.id()).size();
                telegram.userPresses(target.chair, choose.messageId(), choose.keyboard().get(0).get(0).callbackData());
                Bench.awaitNew(telegram, target.chair, before, m -> m.document() != null, Duration.ofMinutes(1));
            }));
            bot.close();
            return figures;
        }
    }

    private record Target(TestUser chair, TestUser secretary, Membership secretaryMembership, Meeting meeting) {
    }

    /** The association of 1,000 whose operations are timed, with a meeting going on today, 600 present. */
    private static Target target(ConfigurableApplicationContext bot, BotApiEmulator telegram) {
        Bench.Officers officers = Bench.officers(bot, telegram, "МУМО области", 9_000_001L);
        long associationId = officers.associationId();
        Bench.seedMembers(bot, telegram, associationId, 9_100_000L, TARGET_MEMBERS - 2);
        ZonedDateTime now = ZonedDateTime.now(MOSCOW);
        Meeting meeting = bot.getBean(MeetingService.class).schedule(officers.chairMembership(),
                now.plusMinutes(now.getHour() < 23 ? 30 : 1), MeetingFormat.IN_PERSON, "Актовый зал",
                List.of("О плане работы", "Об олимпиаде"));
        bot.getBean(AttendanceService.class).openAttendance(officers.secretaryMembership());
        bot.getBean(JdbcTemplate.class).update("""
                insert into attendance (meeting_id, membership_id, present, marked_by, marked_at, version)
                select ?, id, true, 'OFFICER', ?, 0 from membership where association_id = ? and mod(id, 5) <> 0""",
                meeting.getId(), Timestamp.from(Instant.now()), associationId);
        return new Target(officers.chair(), officers.secretary(), officers.secretaryMembership(), meeting);
    }

    /**
     * The other associations: each with its chair (through the service, which also lays out the deadline calendar),
     * its members, and 10 meetings with their 2 reminders each, in the weeks ahead (in bulk, without announcements).
     */
    private static void fillers(ConfigurableApplicationContext bot, BotApiEmulator telegram, int count) {
        AssociationService registry = bot.getBean(AssociationService.class);
        InviteService invites = bot.getBean(InviteService.class);
        Consent consent = new Consent(bot.getBean(Messages.class).text(Language.RU, "consent.version"), Instant.now());
        JdbcTemplate jdbc = bot.getBean(JdbcTemplate.class);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AssociationCreated created = registry.createAssociation("МУМО " + i, "SPIROVO", 1);
            invites.join(created.chairInvite().getCode(), 20_000_000L + i,
                    new PersonDetails("Председатель " + i, "Школа", "учитель"), consent, Language.RU);
            Bench.seedMembers(bot, telegram, created.association().getId(), 30_000_000L + 100L * i, FILLER_MEMBERS - 1);
            ids.add(created.association().getId());
        }
        if (ids.isEmpty()) {
            return;
        }
        long first = ids.get(0);
        long last = ids.get(ids.size() - 1);
        // Whole seconds: the reminders find their meetings by the start, which both databases then store exactly.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int k = 0; k < 10; k++) {
            jdbc.update("""
                    insert into meeting (association_id, starts_at, time_zone, format, location, status, check_in_open,
                        created_by_membership_id, created_at, version)
                    select a.id, ?, 'Europe/Moscow', 'IN_PERSON', 'Зал', 'SCHEDULED', false,
                        (select min(m.id) from membership m where m.association_id = a.id), ?, 0
                    from association a where a.id between ? and ?""",
                    Timestamp.from(now.plus(Duration.ofDays(5 + 3L * k))), Timestamp.from(now), first, last);
        }
        for (int k = 0; k < 10; k++) {
            Instant startsAt = now.plus(Duration.ofDays(5 + 3L * k));
            for (int offset : new int[] {1440, 60}) {
                jdbc.update("""
                        insert into meeting_reminder (meeting_id, offset_minutes, kind, fire_at, version)
                        select id, ?, ?, ?, 0 from meeting where association_id between ? and ? and starts_at = ?""",
                        offset, offset == 1440 ? "FORECAST" : "PLAIN",
                        Timestamp.from(startsAt.minus(Duration.ofMinutes(offset))), first, last,
                        Timestamp.from(startsAt));
            }
        }
    }

    private static void ask(BotApiEmulator telegram, TestUser user, String command, Predicate<BotMessage> reply) {
        Bench.askAndWait(telegram, user, command, reply, Duration.ofMinutes(1));
    }

    /**
     * Milliseconds of {@code work}, the median of {@value #RUNS} runs after one not counted; each run starts once
     * everything the previous one wrote has been sent. On PostgreSQL, the statements of the uncounted run that took
     * longest, with the scans of their plans.
     */
    private static double median(JdbcTemplate jdbc, boolean postgres, Runnable work) {
        settle(jdbc);
        if (postgres) {
            PostgresPlans.reset(jdbc);
        }
        work.run();
        if (postgres) {
            PostgresPlans.report(jdbc, 5);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            settle(jdbc);
            long start = System.nanoTime();
            work.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        double median = Bench.percentile(millis, 0.5);
        Bench.report("  %.1f ms (runs: %s)", median, millis.stream().map(m -> String.format("%.0f", m)).toList());
        return median;
    }

    /**
     * Waits until what the previous run wrote has been sent, and forgets the documents asked for: the bot gives one
     * person a few documents a minute, and the benchmark is not that person.
     */
    private static void settle(JdbcTemplate jdbc) {
        awaitOutboxEmpty(jdbc);
        jdbc.update("delete from document_request where done_at is not null");
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static void awaitOutboxEmpty(JdbcTemplate jdbc) {
        Bench.waitFor("the outbox to empty", () -> count(jdbc,
                "select count(*) from outbox_message where status = 'PENDING'") == 0, Duration.ofMinutes(5));
    }
}
