package ru.mumo.telegram.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.mumo.telegram.TelegramProperties;
import ru.mumo.telegram.internal.ChatForgotten;
import ru.mumo.telegram.internal.DatabaseClock;

/**
 * Two instances claiming the outbox of one database, on PostgreSQL and on H2: each row is claimed by one of
 * them, a chat's rows go one after the other, Telegram's limits hold for both together, and the rows of an
 * instance that died are taken over once its claims expire in the database's time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxClaimsIntegrationTests {

    private EmbeddedPostgres postgres;
    private final Map<String, DataSource> databases = new ConcurrentHashMap<>();

    @BeforeAll
    void startDatabases() throws IOException {
        Path directory = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "claims-");
        // A throw-away database: no need to wait for the disk at every commit.
        postgres = EmbeddedPostgres.builder().setDataDirectory(directory.resolve("pg")).setCleanDataDirectory(true)
                .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off").start();
        databases.put("postgres", pool(postgres.getJdbcUrl("postgres", "postgres"), "postgres"));
        databases.put("h2", pool("jdbc:h2:mem:claims;DB_CLOSE_DELAY=-1", "sa"));
        databases.values().forEach(db -> Flyway.configure().dataSource(db).load().migrate());
    }

    @AfterAll
    void stopDatabases() throws IOException {
        databases.values().forEach(db -> ((HikariDataSource) db).close());
        postgres.close();
    }

    private static DataSource pool(String url, String user) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setMaximumPoolSize(4);
        return pool;
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void twoInstancesSendEveryRowOnce(String database) {
        JdbcTemplate jdbc = fresh(database);
        for (long chat = 1; chat <= 300; chat++) {
            insert(jdbc, chat);
        }
        OutboxClaims a = instance(database, 1000, Duration.ofSeconds(30));
        OutboxClaims b = instance(database, 1000, Duration.ofSeconds(30));

        CompletableFuture<List<Long>> byA = CompletableFuture.supplyAsync(() -> sendAll(a));
        CompletableFuture<List<Long>> byB = CompletableFuture.supplyAsync(() -> sendAll(b));

        List<Long> sentByA = byA.join();
        List<Long> sentByB = byB.join();
        assertThat(sentByA).isNotEmpty().doesNotContainAnyElementsOf(sentByB);
        assertThat(sentByA.size() + sentByB.size()).isEqualTo(300);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where status = 'SENT'", Long.class))
                .isEqualTo(300);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void theGlobalLimitHoldsForBothInstancesTogether(String database) {
        JdbcTemplate jdbc = fresh(database);
        for (long chat = 1; chat <= 200; chat++) {
            insert(jdbc, chat);
        }
        OutboxClaims a = instance(database, 20, Duration.ofSeconds(30));
        OutboxClaims b = instance(database, 20, Duration.ofSeconds(30));
        long start = System.nanoTime();
        long until = start + Duration.ofMillis(1500).toNanos();

        CompletableFuture<List<Instant>> byA = CompletableFuture.supplyAsync(() -> claimUntil(a, until));
        CompletableFuture<List<Instant>> byB = CompletableFuture.supplyAsync(() -> claimUntil(b, until));
        List<Instant> places = new ArrayList<>(byA.join());
        places.addAll(byB.join());
        Collections.sort(places);

        // One schedule for both, a little under 20 a second, planned at most a batch ahead: never closer, whoever claims.
        Duration interval = Pace.globalInterval(20);
        for (int i = 1; i < places.size(); i++) {
            assertThat(Duration.between(places.get(i - 1), places.get(i))).as("place %d after place %d", i, i - 1)
                    .isGreaterThanOrEqualTo(interval);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(places.size()).isGreaterThanOrEqualTo(20).isLessThanOrEqualTo((int) (20 * seconds) + 10 + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void aChatsMessagesGoOneAfterTheOtherAtItsPace(String database) {
        JdbcTemplate jdbc = fresh(database);
        long first = insert(jdbc, 7);
        long second = insert(jdbc, 7);
        OutboxClaims a = instance(database, 30, Duration.ofSeconds(30));
        OutboxClaims b = instance(database, 30, Duration.ofSeconds(30));

        assertThat(a.claim(10).ids()).containsExactly(first);
        assertThat(b.claim(10).ids()).as("the chat's next row waits for the one being sent").isEmpty();
        a.sent(first, 1L);
        OutboxClaims.Batch held = b.claim(10);
        assertThat(held.ids()).as("and then for the chat's pace, a message a second").isEmpty();
        assertThat(held.retryIn()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1).plus(OutboxClaims.LATE));
        List<Long> next = new ArrayList<>();
        await().atMost(Duration.ofSeconds(3)).until(() -> next.addAll(b.claim(10).ids()));
        assertThat(next).containsExactly(second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void theRowsOfAnInstanceThatDiedAreTakenOverWhenItsClaimsExpire(String database) {
        JdbcTemplate jdbc = fresh(database);
        Set<Long> rows = new HashSet<>();
        for (long chat = 1; chat <= 5; chat++) {
            rows.add(insert(jdbc, chat));
        }
        OutboxClaims dead = instance(database, 1000, Duration.ofSeconds(1));
        OutboxClaims survivor = instance(database, 1000, Duration.ofSeconds(1));
        List<Long> claimedByDead = new ArrayList<>();
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(5))
                .until(() -> claimedByDead.addAll(dead.claim(10).ids()) && claimedByDead.size() == rows.size());
        assertThat(claimedByDead).containsExactlyInAnyOrderElementsOf(rows);
        assertThat(survivor.claim(10).ids()).isEmpty();

        List<Long> takenOver = new ArrayList<>();
        // Claims are spaced by the global pace (no burst), so the survivor takes them over one claim at a time.
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(5))
                .until(() -> takenOver.addAll(survivor.claim(10).ids()) && takenOver.size() == rows.size());
        assertThat(takenOver).containsExactlyInAnyOrderElementsOf(rows);
        assertThat(dead.renew(takenOver.get(0))).as("a claim taken over is lost to the old holder").isFalse();
        assertThat(survivor.renew(takenOver.get(0))).isTrue();
    }

    /**
     * /forget (issue 18): the person's own chat keeps no row, not even of the confirmation written after the erasure,
     * nor its pace; other people's messages are never rewritten, only the stored text of those that named the
     * person goes, at once when delivered and once delivered when still on their way.
     */
    @ParameterizedTest
    @ValueSource(strings = {"postgres", "h2"})
    void aForgottenChatKeepsNoRowAndOnlyOthersCopiesNamingThePersonLoseTheirText(String database) {
        JdbcTemplate jdbc = fresh(database);
        String naming = "{\"text\":\"Новый участник: Иванова 100% \\\"Мария\\\"\"}";
        long ownSent = insert(jdbc, 77L, "MESSAGE", "{\"text\":\"Добро пожаловать\"}", "SENT");
        long ownPending = insert(jdbc, 77L, "MESSAGE", "{\"text\":\"Напоминание\"}", "PENDING");
        long ownMenu = insert(jdbc, null, "MENU", "{\"commands\":[],\"scopeChatId\":77}", "SENT");
        long otherMenu = insert(jdbc, null, "MENU", "{\"commands\":[],\"scopeChatId\":770}", "SENT");
        long namingSent = insert(jdbc, 8L, "MESSAGE", naming, "SENT");
        long namingPending = insert(jdbc, 9L, "MESSAGE", naming, "PENDING");
        long unrelated = insert(jdbc, 8L, "MESSAGE", "{\"text\":\"Иванова 100 Мария\"}", "SENT");
        jdbc.update("insert into send_pace (bucket, next_at) values ('chat:77', current_timestamp)");
        OutboxErasure erasure = new OutboxErasure(jdbc, new ObjectMapper());
        long confirmation = new TransactionTemplate(new DataSourceTransactionManager(databases.get(database)))
                .execute(status -> {
                    erasure.on(new ChatForgotten(77));
                    erasure.dropCopies(List.of("Иванова 100% \"Мария\"", "ок"));
                    return insert(jdbc, 77L, "MESSAGE", "{\"text\":\"Ваши данные удалены\"}", "PENDING");
                });

        assertThat(jdbc.queryForList("select id from outbox_message order by id", Long.class))
                .containsExactly(otherMenu, namingSent, namingPending, unrelated, confirmation)
                .doesNotContain(ownSent, ownPending, ownMenu);
        assertThat(payload(jdbc, namingSent)).isEqualTo("{}");
        assertThat(payload(jdbc, namingPending)).as("on its way: it goes as written").isEqualTo(naming);
        assertThat(payload(jdbc, unrelated)).isEqualTo("{\"text\":\"Иванова 100 Мария\"}");
        assertThat(jdbc.queryForObject("select count(*) from send_pace where bucket = 'chat:77'", Long.class)).isZero();

        assertThat(sendAll(instance(database, 30, Duration.ofSeconds(30)))).containsExactlyInAnyOrder(namingPending,
                confirmation);
        assertThat(jdbc.queryForList("select id from outbox_message order by id", Long.class))
                .containsExactly(otherMenu, namingSent, namingPending, unrelated);
        assertThat(payload(jdbc, namingPending)).as("delivered: its text goes").isEqualTo("{}");
        assertThat(jdbc.queryForObject("select count(*) from send_pace where bucket = 'chat:77'", Long.class)).isZero();
    }

    private static String payload(JdbcTemplate jdbc, long id) {
        return jdbc.queryForObject("select payload from outbox_message where id = ?", String.class, id);
    }

    private static long insert(JdbcTemplate jdbc, Long chatId, String kind, String payload, String status) {
        jdbc.update("insert into outbox_message (kind, chat_id, payload, status, attempts, created_at) "
                + "values (?, ?, ?, ?, 0, current_timestamp)", kind, chatId, payload, status);
        return jdbc.queryForObject("select max(id) from outbox_message", Long.class);
    }

    private JdbcTemplate fresh(String database) {
        JdbcTemplate jdbc = new JdbcTemplate(databases.get(database));
        jdbc.update("delete from outbox_message");
        jdbc.update("delete from send_pace where bucket <> 'global'");
        jdbc.update("update send_pace set next_at = timestamp with time zone '2000-01-01 00:00:00+00'");
        return jdbc;
    }

    private OutboxClaims instance(String database, int globalRate, Duration claimTtl) {
        DataSource db = databases.get(database);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        TelegramProperties properties = new TelegramProperties("1:x", URI.create("http://127.0.0.1:9"), null, null,
                Duration.ofSeconds(1), globalRate, Duration.ofMillis(500), claimTtl, Duration.ofSeconds(50),
                Duration.ofMinutes(2), Duration.ofMinutes(5));
        return new OutboxClaims(jdbc, new TransactionTemplate(new DataSourceTransactionManager(db)),
                new DatabaseClock(jdbc), Clock.systemUTC(), properties, new SimpleMeterRegistry());
    }

    private static long insert(JdbcTemplate jdbc, long chatId) {
        return insert(jdbc, chatId, "MESSAGE", "{}", "PENDING");
    }

    private static List<Long> sendAll(OutboxClaims claims) {
        List<Long> sent = new ArrayList<>();
        while (true) {
            OutboxClaims.Batch batch = claims.claim(10);
            List<Long> ids = batch.ids();
            if (ids.isEmpty() && batch.retryIn().compareTo(Duration.ofMillis(500)) >= 0) {
                return sent;
            }
            for (Long id : ids) {
                if (claims.renew(id)) {
                    claims.sent(id, id);
                    sent.add(id);
                }
            }
        }
    }

    private static List<Instant> claimUntil(OutboxClaims claims, long until) {
        List<Instant> places = new ArrayList<>();
        while (System.nanoTime() < until) {
            places.addAll(claims.claim(10).places().values());
        }
        return places;
    }
}
