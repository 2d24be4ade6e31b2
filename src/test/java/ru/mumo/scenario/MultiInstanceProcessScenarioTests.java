package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import ru.mumo.emulator.TestUser;

/**
 * A region's set-up: two instances of the packaged jar on one PostgreSQL, in webhook mode behind a round-robin
 * load balancer, against the Bot API emulator. One dialog's steps are served by both instances; a meeting
 * announced to 200 members reaches each exactly once although one instance is killed with SIGKILL in the middle
 * of the fan-out (the network holds its call to Telegram, so the test knows what it had sent: what it had
 * claimed passes to the other instance when its claims expire); the 1-hour reminder goes once; a webhook call
 * without the secret is refused, and an update Telegram delivers twice has one effect.
 */
class MultiInstanceProcessScenarioTests extends ProcessScenarioSupport {

    private static final String SECRET = "region-webhook-secret_1";
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final long FIRST_MEMBER = 70_001;
    private static final int MEMBERS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<HttpProxy> proxies = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private EmbeddedPostgres postgres;
    private PackagedBot first;
    private PackagedBot second;

    MultiInstanceProcessScenarioTests() {
        super("987654323:multi-instance-token", "mumo_region_bot");
    }

    @AfterEach
    void stopInstances() throws IOException {
        for (PackagedBot instance : new PackagedBot[] {first, second}) {
            if (instance != null) {
                instance.killIfRunning();
            }
        }
        proxies.forEach(HttpProxy::close);
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoInstancesBehindALoadBalancerAnnounceToTwoHundredMembersOnceEachThroughAKill() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(true)
                .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off").start();
        int firstPort = freePort();
        int secondPort = freePort();
        HttpProxy balancer = proxy(URI.create("http://127.0.0.1:" + firstPort), URI.create("http://127.0.0.1:" + secondPort));
        HttpProxy firstToTelegram = proxy(telegram.baseUrl());
        first = instance("first", firstPort, balancer, firstToTelegram);
        second = instance("second", secondPort, balancer, proxy(telegram.baseUrl()));
        first.start();
        second.start();
        awaitReady(firstPort);
        awaitReady(secondPort);

        TestUser official = new TestUser(OFFICIAL, "Ольга", null, null, "ru");
        Matcher link = LINK.matcher(createAssociation(official, "МУМО учителей физики").text());
        assertThat(link.find()).isTrue();
        String chairCode = link.group(1);
        TestUser chair = register(8001, "Председатель Анна Ивановна", chairCode);
        assertThat(backendsServing(chair.id())).as("the dialog's steps went to both instances").containsExactlyInAnyOrder(0, 1);

        List<TestUser> members = seedMembers("МУМО учителей физики");
        // The 1-hour reminder falls due 10 to 70 seconds from now, once the meeting is saved and announced.
        ZonedDateTime start = ZonedDateTime.now(MOSCOW).plusHours(1).plusSeconds(10).truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(1);
        long scheduling = telegram.userSends(chair, "/meeting_new");
        await(chair.id(), "Когда заседание?");
        telegram.userSends(chair, DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(start));
        press(chair, await(chair.id(), "Как пройдёт заседание?"), "Очно");
        await(chair.id(), "Где пройдёт заседание?");
        telegram.userSends(chair, "Кабинет физики");
        await(chair.id(), "Повестка дня");
        telegram.userSends(chair, "Об олимпиаде по физике");
        await(chair.id(), "Вопрос 1 добавлен");
        telegram.userSends(chair, "/done");
        press(chair, await(chair.id(), "Проверьте заседание"), "✅ Подтвердить");

        // In the middle of the fan-out the first instance's next call to Telegram hangs in the network, then the
        // instance is killed: what it had claimed but not sent is the second's once the claims expire.
        awaitAnnounced(members, 50);
        firstToTelegram.hold();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> firstToTelegram.held().stream()
                .anyMatch(path -> path.toLowerCase().contains("/send")));
        first.kill();
        assertThat(announced(members)).as("announced when the first instance died").isLessThan(MEMBERS);

        awaitAnnounced(members, MEMBERS);

        for (TestUser member : members) {
            await(member.id(), "Напоминание: через 1 час");
        }
        await(chair.id(), "Напоминание: через 1 час");
        for (TestUser person : withChair(members, chair)) {
            assertThat(count(person.id(), "назначено заседание")).as("announcements to " + person.id()).isEqualTo(1);
            assertThat(telegram.messagesIn(person.id()).stream().filter(m -> m.document() != null).count())
                    .as("calendar files to " + person.id()).isEqualTo(1);
            assertThat(count(person.id(), "Напоминание")).as("reminders to " + person.id()).isEqualTo(1);
        }
        assertThat(single("select count(*) from outbox_message where payload like '%Напоминание%'"))
                .as("the reminder was decided once").isEqualTo(MEMBERS + 1);

        webhookWithoutTheSecretIsRefusedAndChangesNothing(secondPort);
        anUpdateDeliveredTwiceHasOneEffect(scheduling, chair);
        assertOnlyHarmlessRejections();
    }

    private void webhookWithoutTheSecretIsRefusedAndChangesNothing(int port) throws Exception {
        String update = """
                {"update_id": 990001, "message": {"message_id": 1, "date": 1767225600, "text": "/help",
                 "chat": {"id": 80001, "type": "private", "first_name": "Мэллори"},
                 "from": {"id": 80001, "is_bot": false, "first_name": "Мэллори"}}}""";
        URI webhook = URI.create("http://127.0.0.1:" + port + "/telegram/webhook");
        for (String secret : new String[] {null, "guessed"}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(webhook).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(update));
            if (secret != null) {
                request.header("X-Telegram-Bot-Api-Secret-Token", secret);
            }
            assertThat(http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
        }
        assertThat(single("select count(*) from processed_update where update_id = 990001")).isZero();
        assertThat(single("select count(*) from outbox_message where chat_id = 80001")).isZero();
    }

    /** Telegram delivers an update again (the load balancer sends it to either instance): nothing happens twice. */
    private void anUpdateDeliveredTwiceHasOneEffect(long updateId, TestUser chair) throws SQLException {
        long before = single("select count(*) from outbox_message where chat_id = " + chair.id());
        telegram.redeliver(updateId);
        telegram.awaitUpdatesConfirmed(Duration.ofSeconds(30));
        assertThat(single("select count(*) from outbox_message where chat_id = " + chair.id())).isEqualTo(before);
    }

    private PackagedBot instance(String name, int port, HttpProxy balancer, HttpProxy toTelegram) throws IOException {
        Path directory = Files.createDirectories(work.resolve(name));
        return new PackagedBot(directory, telegram.token(), toTelegram.url().toString(), OFFICIAL)
                .with("SERVER_PORT", String.valueOf(port))
                .with("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"))
                .with("SPRING_DATASOURCE_USERNAME", "postgres")
                .with("SPRING_DATASOURCE_PASSWORD", "")
                .with("TELEGRAM_WEBHOOK_URL", balancer.url() + "/telegram/webhook")
                .with("TELEGRAM_WEBHOOK_SECRET", SECRET)
                .with("MEETING_REMINDER_OFFSETS", "1h")
                .with("MEETING_REMINDER_SWEEP", "1s")
                // Twice Telegram's pace keeps the fan-out short; the limits have their own tests.
                .with("APP_TELEGRAM_GLOBAL_RATE", "60");
    }

    private HttpProxy proxy(URI... backends) throws IOException {
        HttpProxy proxy = new HttpProxy(List.of(backends));
        proxies.add(proxy);
        return proxy;
    }

    /** 200 members who joined through the link earlier and have the bot's chat open; written straight to the database. */
    private List<TestUser> seedMembers(String association) throws SQLException {
        try (Connection db = database()) {
            long associationId;
            try (PreparedStatement find = db.prepareStatement("select id from association where name = ?")) {
                find.setString(1, association);
                ResultSet rs = find.executeQuery();
                rs.next();
                associationId = rs.getLong(1);
            }
            String consent = consentVersion();
            try (PreparedStatement people = db.prepareStatement("""
                    insert into person (telegram_user_id, full_name, work_place, position_title, language,
                        consent_version, consent_accepted_at, active_association_id, created_at, version)
                    select ? + g, 'Участник Номер ' || g, 'Школа ' || g, 'учитель физики', 'RU', ?, now(), ?,
                        now(), 0
                    from generate_series(0, ? - 1) g""")) {
                people.setLong(1, FIRST_MEMBER);
                people.setString(2, consent);
                people.setLong(3, associationId);
                people.setInt(4, MEMBERS);
                people.executeUpdate();
            }
            try (PreparedStatement memberships = db.prepareStatement("""
                    insert into membership (association_id, person_id, role, joined_at, live, version)
                    select ?, id, 'MEMBER', now(), true, 0 from person where telegram_user_id >= ?""")) {
                memberships.setLong(1, associationId);
                memberships.setLong(2, FIRST_MEMBER);
                memberships.executeUpdate();
            }
            try (PreparedStatement roles = db.prepareStatement("""
                    insert into role_assignment (membership_id, role, assigned_at)
                    select m.id, 'MEMBER', now() from membership m join person p on p.id = m.person_id
                    where p.telegram_user_id >= ?""")) {
                roles.setLong(1, FIRST_MEMBER);
                roles.executeUpdate();
            }
        }
        List<TestUser> members = LongStream.range(FIRST_MEMBER, FIRST_MEMBER + MEMBERS)
                .mapToObj(id -> new TestUser(id, "Участник", null, null, "ru")).toList();
        members.forEach(telegram::userOpenedChatBefore);
        return members;
    }

    private static String consentVersion() {
        try (InputStream in = MultiInstanceProcessScenarioTests.class.getResourceAsStream("/messages/messages.properties")) {
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts.getProperty("consent.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Which instances (0, 1) served the updates that came from this person. */
    private List<Integer> backendsServing(long userId) {
        Map<Integer, Long> counts = proxies.get(0).forwarded().stream()
                .filter(f -> from(f.body()) == userId)
                .collect(Collectors.groupingBy(HttpProxy.Forwarded::backend, Collectors.counting()));
        return List.copyOf(counts.keySet());
    }

    private static long from(byte[] update) {
        try {
            JsonNode node = JSON.readTree(update);
            JsonNode from = node.has("message") ? node.path("message").path("from") : node.path("callback_query").path("from");
            return from.path("id").asLong();
        } catch (IOException e) {
            return 0;
        }
    }

    private void awaitAnnounced(List<TestUser> members, int atLeast) {
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
                .until(() -> announced(members) >= atLeast);
    }

    private int announced(List<TestUser> members) {
        return (int) members.stream().filter(m -> count(m.id(), "назначено заседание") > 0).count();
    }

    private long count(long chatId, String fragment) {
        return telegram.messagesIn(chatId).stream().filter(m -> m.text() != null && m.text().contains(fragment)).count();
    }

    private static List<TestUser> withChair(List<TestUser> members, TestUser chair) {
        List<TestUser> everyone = new ArrayList<>(members);
        everyone.add(chair);
        return everyone;
    }

    private void awaitReady(int port) {
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .build();
        Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    private long single(String sql) throws SQLException {
        try (Connection db = database(); ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
