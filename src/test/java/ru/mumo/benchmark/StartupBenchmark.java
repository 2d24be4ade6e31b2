package ru.mumo.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import ru.mumo.emulator.BotApiEmulator;

/**
 * Start-up and memory of the packaged jar on H2, beside a bare Spring Boot application with JPA, Flyway and Quartz
 * ({@code bareboot.BareApplication}) started the same way in the same run. For each way of starting
 * (JVM defaults; a small heap and the serial collector; the extracted jar; a class data sharing archive; the client
 * compiler only; a heap that starts small, which with the three before is the image's; smaller pools; lazy
 * initialisation) it reports the time from the JVM's start to the bot's first getUpdates (to READY for the reference),
 * the CPU time the process used by then (which the machine's load hardly changes) and the resident memory then; for
 * JVM defaults and the image's way, the resident memory after the reminder of a meeting went to 1,000 members. Runs from the bench profile, which packages the jar first (see BENCHMARKS.md).
 *
 * <p>Arguments: the number of starts per variant (default 3; the median is reported).
 */
public final class StartupBenchmark {

    private static final String TOKEN = "42:startup";
    private static final int MEMBERS = 1000;
    private static final long FIRST_MEMBER = 8_000_001L;

    private StartupBenchmark() {
    }

    private record Variant(String name, List<String> jvm, boolean extracted, boolean cds, List<String> settings) {
    }

    /** Wall time, the CPU time the process used by then (robust to the machine's load), and resident memory. */
    private record Start(double seconds, double cpuSeconds, long rssMb) {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args.length > 0 ? Integer.parseInt(args[0]) : 3);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(int starts) throws Exception {
        Path jar = Path.of(System.getProperty("mumo.jar", "target/mumo-bot-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
        Path work = Files.createTempDirectory("mumo-startup-");
        Bench.report("StartupBenchmark: %s, %d starts per variant (median), load %s", jar.getFileName(), starts,
                Bench.load());
        Path extracted = work.resolve("extracted");
        exec(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                extracted.toString()), Map.of());
        Path extractedJar = extracted.resolve(jar.getFileName());
        Path bareJar = bareJar(work);
        List<String> image = List.of("-XX:+UseSerialGC", "-Xmx256m");
        List<String> client = List.of("-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1");
        List<String> imageNow = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx256m", "-XX:MinHeapFreeRatio=10",
                "-XX:MaxHeapFreeRatio=40", "-XX:TieredStopAtLevel=1");
        List<Variant> variants = List.of(
                new Variant("java -jar, JVM defaults", List.of(), false, false, List.of()),
                new Variant("+ -XX:+UseSerialGC -Xmx256m", image, false, false, List.of()),
                new Variant("+ extracted jar", image, true, false, List.of()),
                new Variant("+ CDS archive", image, true, true, List.of()),
                new Variant("+ client compiler only (-XX:TieredStopAtLevel=1)", client, true, true, List.of()),
                new Variant("+ a heap that starts small (-Xms32m, free 10-40 %): the image's", imageNow, true, true,
                        List.of()),
                new Variant("+ smaller pools (Hikari 4, Tomcat 8 threads, Quartz 2)", imageNow, true, true,
                        List.of("--spring.datasource.hikari.maximum-pool-size=4",
                                "--spring.datasource.hikari.minimum-idle=1", "--server.tomcat.threads.max=8",
                                "--server.tomcat.threads.min-spare=1",
                                "--spring.quartz.properties.org.quartz.threadPool.threadCount=2")),
                new Variant("+ lazy initialisation (measured, not adopted)", imageNow, true, true,
                        List.of("--spring.main.lazy-initialization=true")));

        try (BotApiEmulator telegram = BotApiEmulator.start(TOKEN, "mumo_startup_bot")) {
            Path botDb = work.resolve("bot-db").resolve("mumo");
            Path bareDb = work.resolve("bare-db").resolve("bare");
            Map<String, String> botEnv = Map.of("TELEGRAM_BOT_TOKEN", TOKEN,
                    "TELEGRAM_API_URL", telegram.baseUrl().toString(),
                    "SPRING_DATASOURCE_URL", "jdbc:h2:async:" + botDb + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                    "SERVER_PORT", "0", "MEETING_REMINDER_SWEEP", "2s");
            Map<String, String> bareEnv = Map.of(
                    "SPRING_DATASOURCE_URL", "jdbc:h2:async:" + bareDb + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                    "SPRING_DATASOURCE_USERNAME", "sa");
            // The first start of each migrates its database (and is not counted); the archives come from a training run.
            stop(startBot(telegram, botCommand(jar, extractedJar, new Variant("", image, false, false, List.of()), work),
                    botEnv));
            stop(startBare(bareCommand(jar, extractedJar, bareJar, new Variant("", image, false, false, List.of()), work),
                    bareEnv));
            exec(concat(List.of(java(), "-XX:ArchiveClassesAtExit=" + work.resolve("bot.jsa"),
                    "-Dspring.context.exit=onRefresh"), image, List.of("-jar", extractedJar.toString())), botEnv);
            exec(concat(List.of(java(), "-XX:ArchiveClassesAtExit=" + work.resolve("bare.jsa"),
                    "-Dspring.context.exit=onRefresh"), image, List.of("-cp", extractedJar + ":" + bareJar,
                    "bareboot.BareApplication")), bareEnv);
            seedFanOut(botDb, telegram);

            Bench.report("| variant | bot: first getUpdates | bot CPU | bot RSS | reference: started | reference CPU "
                    + "| reference RSS | ratio time | ratio CPU | ratio RSS | load |");
            for (Variant variant : variants) {
                List<Start> bot = new ArrayList<>();
                List<Start> bare = new ArrayList<>();
                for (int i = 0; i < starts; i++) {
                    Started started = startBot(telegram, botCommand(jar, extractedJar, variant, work), botEnv);
                    bot.add(started.start());
                    stop(started);
                    Started reference = startBare(bareCommand(jar, extractedJar, bareJar, variant, work), bareEnv);
                    bare.add(reference.start());
                    stop(reference);
                }
                Start b = median(bot);
                Start r = median(bare);
                Bench.report("| %s | %.1f s | %.1f s | %d MB | %.1f s | %.1f s | %d MB | %.2f | %.2f | %.2f | %s |",
                        variant.name(), b.seconds(), b.cpuSeconds(), b.rssMb(), r.seconds(), r.cpuSeconds(), r.rssMb(),
                        b.seconds() / r.seconds(), b.cpuSeconds() / r.cpuSeconds(), (double) b.rssMb() / r.rssMb(),
                        Bench.load().split(" ")[0]);
            }
            for (Variant variant : List.of(variants.get(0), variants.get(5))) {
                Bench.report("after a reminder to %d members, %s: %d MB", MEMBERS, variant.name(),
                        rssAfterFanOut(telegram, botCommand(jar, extractedJar, variant, work), botEnv, botDb));
            }
        }
        Bench.report("load after %s", Bench.load());
    }

    private record Started(Process process, Start start) {
    }

    private static Started startBot(BotApiEmulator telegram, List<String> command, Map<String, String> env)
            throws IOException {
        // The previous process's polling lease would hold this one back until it expires (the takeover rule
        // between instances, not start-up): it is cleared first.
        try (Connection c = DriverManager.getConnection(env.get("SPRING_DATASOURCE_URL"), "sa", "")) {
            c.createStatement().executeUpdate("update lease set expires_at = timestamp with time zone "
                    + "'2000-01-01 00:00:00+00'");
        } catch (java.sql.SQLException e) {
            // The first start: no database yet, no lease.
        }
        // Arrivals, not calls: the emulator records a call when it answers it, and a long poll with nothing to deliver
        // is answered only at its timeout (an earlier version of this benchmark counted that wait as start-up).
        int before = telegram.arrivals().size();
        long t0 = System.nanoTime();
        Process process = launch(command, env);
        Bench.waitFor("the bot's first getUpdates", () -> !process.isAlive() || telegram.arrivals().stream()
                .skip(before).anyMatch("getUpdates"::equals), Duration.ofMinutes(3));
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!process.isAlive()) {
            throw new IllegalStateException("the bot exited with " + process.exitValue() + ": " + command);
        }
        return new Started(process, new Start(seconds, cpuSeconds(process), rssMb(process)));
    }

    private static Started startBare(List<String> command, Map<String, String> env) throws IOException {
        long t0 = System.nanoTime();
        Process process = launch(command, env);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // start-up log of the reference
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (line == null) {
                throw new IllegalStateException("the reference exited: " + command);
            }
            Process p = process;
            Thread drain = new Thread(() -> {
                try {
                    p.getInputStream().transferTo(OutputStream.nullOutputStream());
                } catch (IOException ignored) {
                    // it stopped
                }
            });
            drain.setDaemon(true);
            drain.start();
            return new Started(process, new Start(seconds, cpuSeconds(process), rssMb(process)));
        }
    }

    private static long rssAfterFanOut(BotApiEmulator telegram, List<String> command, Map<String, String> env,
            Path db) throws Exception {
        // The meeting's reminders are made due before the start: H2's file is the bot's alone while it runs.
        try (Connection c = DriverManager.getConnection(jdbc(db), "sa", "")) {
            try (PreparedStatement due = c.prepareStatement(
                    "update meeting_reminder set sent_at = null, dropped_at = null, fire_at = ?")) {
                due.setTimestamp(1, Timestamp.from(Instant.now()));
                due.executeUpdate();
            }
        }
        long last = FIRST_MEMBER + MEMBERS - 1;
        int before = telegram.messagesIn(last).size();
        Started started = startBot(telegram, command, env);
        Bench.waitFor("the reminders", () -> telegram.messagesIn(last).size() > before, Duration.ofMinutes(5));
        Bench.sleep(Duration.ofSeconds(2));
        long rss = rssMb(started.process());
        stop(started);
        return rss;
    }

    /**
     * 1,000 members of one association and their meeting in a week, written by the bot itself (in this JVM, on the
     * jar's database, before the jar starts); the announcements it decided are dropped, so every start is quiet. The
     * meeting's reminders are what the fan-out measurement makes due.
     */
    private static void seedFanOut(Path db, BotApiEmulator telegram) {
        org.springframework.context.ConfigurableApplicationContext bot = Bench.bot(telegram, jdbc(db),
                "--app.telegram.token=" + TOKEN);
        ru.mumo.membership.AssociationCreated created = bot.getBean(ru.mumo.membership.AssociationService.class)
                .createAssociation("МУМО замера", "SPIROVO", 1);
        ru.mumo.membership.Membership chair = bot.getBean(ru.mumo.membership.InviteService.class).join(
                created.chairInvite().getCode(), FIRST_MEMBER - 1,
                new ru.mumo.membership.PersonDetails("Председатель Пётр Иванович", "Школа", "учитель"),
                new ru.mumo.membership.Consent(bot.getBean(ru.mumo.shared.Messages.class)
                        .text(ru.mumo.shared.Language.RU, "consent.version"), Instant.now()),
                ru.mumo.shared.Language.RU).membership();
        Bench.seedMembers(bot, telegram, created.association().getId(), FIRST_MEMBER, MEMBERS);
        bot.getBean(ru.mumo.meetings.MeetingService.class).schedule(chair,
                java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Moscow")).plusDays(7),
                ru.mumo.meetings.MeetingFormat.IN_PERSON, "Зал", List.of("О плане"));
        bot.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update("delete from outbox_message");
        bot.close();
    }

    private static String jdbc(Path db) {
        return "jdbc:h2:async:" + db + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    private static List<String> botCommand(Path jar, Path extractedJar, Variant variant, Path work) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(variant.jvm());
        if (variant.cds()) {
            command.add("-XX:SharedArchiveFile=" + work.resolve("bot.jsa"));
        }
        command.addAll(List.of("-jar", (variant.extracted() ? extractedJar : jar).toString()));
        command.addAll(variant.settings());
        return command;
    }

    private static List<String> bareCommand(Path jar, Path extractedJar, Path bareJar, Variant variant, Path work) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(variant.jvm());
        if (variant.cds()) {
            command.add("-XX:SharedArchiveFile=" + work.resolve("bare.jsa"));
        }
        if (variant.extracted()) {
            command.addAll(List.of("-cp", extractedJar + ":" + bareJar, "bareboot.BareApplication"));
        } else {
            command.addAll(List.of("-Dloader.path=" + bareJar, "-Dloader.main=bareboot.BareApplication",
                    "-cp", jar.toString(), "org.springframework.boot.loader.launch.PropertiesLauncher"));
        }
        command.addAll(variant.settings().stream().filter(s -> !s.contains("tomcat")).toList());
        return command;
    }

    /** The reference's classes and migration as a jar of their own: class data sharing archives only jars. */
    private static Path bareJar(Path work) throws IOException {
        Path classes = Path.of("target/test-classes");
        Path jar = work.resolve("bare.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            // Directory entries too: Flyway finds classpath:bare by asking the class loader for the directory.
            for (String directory : List.of("bare/", "bareboot/")) {
                out.putNextEntry(new JarEntry(directory));
                out.closeEntry();
            }
            for (Path file : files.filter(Files::isRegularFile).filter(f -> {
                String name = classes.relativize(f).toString();
                return name.startsWith("bareboot/") || name.startsWith("bare/");
            }).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Process launch(List<String> command, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        if (!command.contains("bareboot.BareApplication")
                && !command.contains("org.springframework.boot.loader.launch.PropertiesLauncher")) {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        return builder.start();
    }

    private static void exec(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }

    private static void stop(Started started) throws InterruptedException {
        started.process().destroy();
        if (!started.process().waitFor(60, TimeUnit.SECONDS)) {
            started.process().destroyForcibly().waitFor();
        }
    }

    private static long rssMb(Process process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** User and system CPU time of the process so far ({@code /proc/<pid>/stat}, in clock ticks of 1/100 s). */
    private static double cpuSeconds(Process process) {
        try {
            String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static Start median(List<Start> starts) {
        double seconds = starts.stream().mapToDouble(Start::seconds).sorted().toArray()[starts.size() / 2];
        double cpu = starts.stream().mapToDouble(Start::cpuSeconds).sorted().toArray()[starts.size() / 2];
        long rss = starts.stream().mapToLong(Start::rssMb).sorted().toArray()[starts.size() / 2];
        return new Start(seconds, cpu, rss);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }
}
