package ru.mumo.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import ru.mumo.MumoBotApplication;
import ru.mumo.emulator.BotApiEmulator;
import ru.mumo.emulator.BotMessage;
import ru.mumo.emulator.TestUser;
import ru.mumo.membership.AssociationCreated;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Consent;
import ru.mumo.membership.InviteService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.PersonDetails;
import ru.mumo.membership.Role;
import ru.mumo.shared.Language;
import ru.mumo.scenario.BulkMembers;
import ru.mumo.shared.Messages;

/** What the benchmark mains share: the bot on a fresh database, people seeded in bulk, waiting, percentiles. */
final class Bench {

    private Bench() {
    }

    /** The real bot against the emulator on a fresh H2 file (or the given JDBC URL), with the given settings. */
    static ConfigurableApplicationContext bot(BotApiEmulator telegram, String jdbcUrl, String... settings) {
        return bot(telegram, List.of("--spring.datasource.url=" + jdbcUrl), settings);
    }

    /** The real bot against the emulator on the database the given {@code --spring.datasource.*} settings name. */
    static ConfigurableApplicationContext bot(BotApiEmulator telegram, List<String> database, String... settings) {
        List<String> arguments = new ArrayList<>(database);
        arguments.addAll(List.of(
                "--app.telegram.token=" + telegram.token(), "--app.telegram.api-url=" + telegram.baseUrl(),
                "--server.port=0", "--spring.main.keep-alive=false", "--logging.level.root=WARN",
                "--logging.level.org.telegram=OFF"));
        arguments.addAll(Arrays.asList(settings));
        return new SpringApplicationBuilder(MumoBotApplication.class).run(arguments.toArray(String[]::new));
    }

    /** A fresh H2 file database, as the bot runs by default. */
    static String h2() {
        try {
            Path data = Files.createTempDirectory("mumo-bench-");
            return "jdbc:h2:async:" + data.resolve("mumo") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A throw-away PostgreSQL server (the embedded one the tests use) in a fresh directory under {@code target}, with
     * PostgreSQL's default settings (durable commits included) but for the given pairs of name and value; the caller
     * closes it.
     */
    static EmbeddedPostgres postgres(String... settings) {
        try {
            Path directory = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "bench-pg-");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(directory.resolve("pg"))
                    .setCleanDataDirectory(true);
            for (int i = 0; i + 1 < settings.length; i += 2) {
                builder.setServerConfig(settings[i], settings[i + 1]);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The settings that point the bot at the server's {@code postgres} database. */
    static List<String> postgresSettings(EmbeddedPostgres postgres) {
        return List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=");
    }

    /** A new association's chair and secretary, who have opened their chats, with their memberships. */
    record Officers(long associationId, TestUser chair, TestUser secretary, Membership chairMembership,
            Membership secretaryMembership) {
    }

    /** A new association whose chair and secretary joined through its links; Telegram ids from {@code firstUserId}. */
    static Officers officers(ConfigurableApplicationContext bot, BotApiEmulator telegram, String name, long firstUserId) {
        AssociationCreated created = bot.getBean(AssociationService.class).createAssociation(name, "SPIROVO", 1);
        InviteService invites = bot.getBean(InviteService.class);
        Consent consent = new Consent(bot.getBean(Messages.class).text(Language.RU, "consent.version"), Instant.now());
        TestUser chairUser = new TestUser(firstUserId, "Председатель", null, null, "ru");
        TestUser secretaryUser = new TestUser(firstUserId + 1, "Секретарь", null, null, "ru");
        telegram.userOpenedChatBefore(chairUser);
        telegram.userOpenedChatBefore(secretaryUser);
        Membership chair = invites.join(created.chairInvite().getCode(), chairUser.id(),
                new PersonDetails("Председатель Пётр Иванович", "Школа", "учитель"), consent, Language.RU).membership();
        Membership secretary = invites.join(created.memberInvite().getCode(), secretaryUser.id(),
                new PersonDetails("Секретарь Вера Петровна", "Школа", "учитель"), consent, Language.RU).membership();
        secretary = bot.getBean(MembershipService.class).appoint(chair, secretary.getId(), Role.SECRETARY);
        return new Officers(created.association().getId(), chairUser, secretaryUser, chair, secretary);
    }

    /**
     * {@code count} members join the association at once, as if each had registered (consent to the text in force),
     * and each has opened the chat, so the bot may write to them. Telegram ids from {@code firstUserId}.
     */
    static List<TestUser> seedMembers(ConfigurableApplicationContext bot, BotApiEmulator telegram, long associationId,
            long firstUserId, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(String.format(Locale.ROOT, "Участник%05d Номер %d", i, associationId));
        }
        BulkMembers.insert(bot.getBean(JdbcTemplate.class), associationId, firstUserId, names,
                bot.getBean(Messages.class).text(Language.RU, "consent.version"), Instant.now());
        List<TestUser> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TestUser user = new TestUser(firstUserId + i, "Участник" + i, null, null, "ru");
            telegram.userOpenedChatBefore(user);
            users.add(user);
        }
        return users;
    }

    /** Sends {@code text} as the user and waits for the bot's next message to them that matches. */
    static BotMessage askAndWait(BotApiEmulator telegram, TestUser user, String text, Predicate<BotMessage> reply,
            Duration timeout) {
        int before = telegram.messagesIn(user.id()).size();
        telegram.userSends(user, text);
        return awaitNew(telegram, user, before, reply, timeout);
    }

    /** Waits for a message to the user, after the first {@code before} of their chat, that matches. */
    static BotMessage awaitNew(BotApiEmulator telegram, TestUser user, int before, Predicate<BotMessage> reply,
            Duration timeout) {
        BotMessage[] found = new BotMessage[1];
        waitFor("a reply to " + user.firstName(), () -> {
            List<BotMessage> messages = telegram.messagesIn(user.id());
            for (int i = before; i < messages.size(); i++) {
                if (reply.test(messages.get(i))) {
                    found[0] = messages.get(i);
                    return true;
                }
            }
            return false;
        }, timeout);
        return found[0];
    }

    static void waitFor(String what, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The value below which {@code p} (0..1) of the values lie; the values need not be sorted. */
    static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The machine's load averages (1, 5, 15 minutes): the figures of a run are worth what the load allows. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void report(String line, Object... arguments) {
        System.out.println(String.format(Locale.ROOT, line, arguments));
        System.out.flush();
    }
}
