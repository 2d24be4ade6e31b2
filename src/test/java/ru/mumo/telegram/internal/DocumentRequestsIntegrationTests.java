package ru.mumo.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.shared.ShiftableClock;
import ru.mumo.telegram.internal.outbox.Outbox;

/**
 * Heavy documents (issue 18): one person gets one at a time and a few a minute; a request is built once, by one of
 * several workers, in the transaction that marks it done, so a build that dies is built again and one that keeps
 * failing ends with an apology.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentRequestsIntegrationTests {

    private static final Messages MESSAGES = new Messages();

    private HikariDataSource database;
    private JdbcTemplate jdbc;
    private TransactionTemplate tx;
    private final ShiftableClock clock = new ShiftableClock(Clock.system(ZoneOffset.UTC));
    private final Outbox outbox = mock(Outbox.class);
    private final Callers callers = mock(Callers.class);
    /** What the maker of the current test does with a request; the built ones leave a row in {@code built}. */
    private volatile Consumer<Request> make = request -> { };

    @BeforeAll
    void database() {
        database = new HikariDataSource();
        database.setJdbcUrl("jdbc:h2:mem:documents;DB_CLOSE_DELAY=-1");
        database.setUsername("sa");
        database.setMaximumPoolSize(6);
        Flyway.configure().dataSource(database).load().migrate();
        jdbc = new JdbcTemplate(database);
        tx = new TransactionTemplate(new DataSourceTransactionManager(database));
        jdbc.execute("create table built (request_argument varchar(200) not null)");
        when(callers.resolve(anyLong(), isNull())).thenAnswer(call ->
                new Caller(call.getArgument(0), Language.RU, null, null, List.of(), false, false, null));
        when(callers.actingIn(any(Caller.class), anyLong())).thenAnswer(call -> call.getArgument(0));
    }

    @AfterAll
    void close() {
        database.close();
    }

    @BeforeEach
    void empty() {
        clearInvocations(outbox);
        jdbc.update("delete from document_request");
        jdbc.update("delete from built");
    }

    @Test
    void onePersonGetsOneDocumentAtATimeAndAFewAMinute() {
        DocumentRequests requests = new DocumentRequests(jdbc, clock, worker());
        assertThat(ask(requests, 7, "1")).isTrue();
        assertThat(ask(requests, 7, "2")).as("while the first is built").isFalse();
        verify(outbox).send(eq(7L), eq(MESSAGES.text(Language.RU, "document.busy")), isNull());
        assertThat(ask(requests, 8, "1")).as("someone else meanwhile").isTrue();
        for (int i = 2; i <= DocumentRequests.PER_MINUTE; i++) {
            jdbc.update("update document_request set done_at = requested_at");
            assertThat(ask(requests, 7, String.valueOf(i))).isTrue();
        }
        jdbc.update("update document_request set done_at = requested_at");
        assertThat(ask(requests, 7, "5")).as("a fifth within the minute").isFalse();
        verify(outbox).send(eq(7L), eq(MESSAGES.text(Language.RU, "document.too.often")), isNull());
        clock.shift(Duration.ofSeconds(61));
        assertThat(ask(requests, 7, "5")).as("a minute later").isTrue();
    }

    @Test
    void aBuildThatDiesLeavesNothingAndIsBuiltAgainOnce() {
        AtomicInteger tries = new AtomicInteger();
        make = request -> {
            built(request);
            if (tries.incrementAndGet() == 1) {
                throw new IllegalStateException("the instance died in the middle of the build");
            }
        };
        DocumentWorker worker = worker();
        DocumentRequests requests = new DocumentRequests(jdbc, clock, worker);
        ask(requests, 9, "protocol 1");
        worker.start();
        try {
            await().atMost(Duration.ofSeconds(15)).until(() -> open() == 0);
        } finally {
            worker.stop();
        }
        assertThat(tries).hasValue(2);
        assertThat(jdbc.queryForList("select request_argument from built", String.class)).containsExactly("protocol 1");
        verify(outbox, never()).send(anyLong(), eq(MESSAGES.text(Language.RU, "error.internal")), any());
    }

    @Test
    void aBuildThatKeepsFailingEndsWithAnApology() {
        make = request -> {
            throw new IllegalStateException("a bug");
        };
        DocumentWorker worker = worker();
        ask(new DocumentRequests(jdbc, clock, worker), 10, "report 1");
        worker.start();
        try {
            await().atMost(Duration.ofSeconds(15)).until(() -> open() == 0);
        } finally {
            worker.stop();
        }
        assertThat(jdbc.queryForObject("select attempts from document_request", Integer.class)).isEqualTo(3);
        verify(outbox).send(eq(10L), eq(MESSAGES.text(Language.RU, "error.internal")), isNull());
    }

    @Test
    void twoInstancesBuildEachRequestOnce() {
        make = this::built;
        DocumentWorker first = worker();
        DocumentWorker second = worker();
        DocumentRequests requests = new DocumentRequests(jdbc, clock, first);
        for (long chat = 100; chat < 160; chat++) {
            ask(requests, chat, "export " + chat);
        }
        first.start();
        second.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> open() == 0);
        } finally {
            first.stop();
            second.stop();
        }
        assertThat(jdbc.queryForObject("select count(*) from built", Integer.class)).isEqualTo(60);
        assertThat(jdbc.queryForObject("select count(distinct request_argument) from built", Integer.class))
                .isEqualTo(60);
    }

    @Test
    void aForgottenChatLeavesNoRequest() {
        DocumentRequests requests = new DocumentRequests(jdbc, clock, worker());
        ask(requests, 11, "plan");
        ask(requests, 12, "plan");
        requests.on(new ChatForgotten(11));
        assertThat(jdbc.queryForList("select chat_id from document_request", Long.class)).containsExactly(12L);
    }

    private boolean ask(DocumentRequests requests, long chatId, String argument) {
        Caller caller = new Caller(chatId, Language.RU, null, null, List.of(), false, false, null);
        return Boolean.TRUE.equals(tx.execute(status -> requests.request(
                new Request(caller, null, null, null, null, outbox, MESSAGES), "test", 1L, argument)));
    }

    private void built(Request request) {
        jdbc.update("insert into built (request_argument) values (?)", request.argument());
    }

    private long open() {
        return jdbc.queryForObject("select count(*) from document_request where done_at is null", Long.class);
    }

    private DocumentWorker worker() {
        DocumentMaker maker = new DocumentMaker() {
            @Override
            public String kind() {
                return "test";
            }

            @Override
            public Access access() {
                return Access.EVERYONE;
            }

            @Override
            public void make(Request request) {
                make.accept(request);
            }
        };
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("maker", maker));
        return new DocumentWorker(tx, jdbc, callers, outbox, MESSAGES, clock, beans.getBeanProvider(DocumentMaker.class));
    }
}
