package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.mumo.deadlines.Deadline;
import ru.mumo.deadlines.DeadlineService;
import ru.mumo.emulator.ApiCall;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.AssociationCreated;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.InviteService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.PersonDetails;
import ru.mumo.shared.Language;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/**
 * What the operators of a region see and rely on, with the real bot on its own web server: health that tells
 * the truth (a polling task that died, a revoked token), Prometheus meters after a scenario, and nothing that
 * silences the bot (an {@link Error} while processing, an edit Telegram refuses for good).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionScenarioTests extends ScenarioSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    protected List<String> moreArguments() {
        return List.of("--app.telegram.lease-ttl=3s", "--app.telegram.poll-timeout=1s",
                "--app.telegram.updates-timeout=4s", "--app.meetings.sweep-interval=1s",
                "--app.deadlines.sweep-interval=1s", "--management.endpoint.health.show-details=always");
    }

    /** A command that fails the way running out of stack or a missing class does: with an Error. */
    @Override
    protected void addBeans(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton("failingCommand", new Command() {
            @Override
            public String name() {
                return "fail";
            }

            @Override
            public Access access() {
                return Access.EVERYONE;
            }

            @Override
            public void execute(Request request) {
                throw new Error("processing fails on purpose");
            }

            @Override
            public boolean listed() {
                return false;
            }
        });
    }

    @Test
    @Order(1)
    void healthIsUpAndOnlyHealthAndPrometheusAreServed() {
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        JsonNode readiness = health("/actuator/health/readiness");
        assertThat(readiness.path("status").asText()).as(readiness.toString()).isEqualTo("UP");
        assertThat(readiness.path("components").fieldNames()).toIterable()
                .contains("db", "updates", "outbox", "telegram", "readinessState");
        assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/beans").statusCode()).isEqualTo(404);
        // TelegramBots removes any webhook before it polls, so a bot moved back from webhook mode is not stuck.
        List<String> methods = telegram.calls().stream().map(ApiCall::method).toList();
        assertThat(methods).contains("deleteWebhook");
        assertThat(methods.indexOf("deleteWebhook")).isLessThan(methods.indexOf("getUpdates"));
    }

    @Test
    @Order(2)
    void anErrorWhileProcessingIsApologisedForAndTheNextUpdatesAreStillTaken() {
        Phone person = newPhone("Эрнест");
        person.sends("/fail");
        person.receives("что-то пошло не так");
        person.sends("/help");
        person.receives("доступны команды");
        person.sends("/fail");
        person.receives("что-то пошло не так");
        person.sends("/language");
        person.receives("Выберите язык");
    }

    @Test
    @Order(3)
    void aPollingTaskThatDiesTurnsHealthDownAndIsRestarted() {
        // What an Error escaping TelegramBots' polling task does: the task ends, the session says it still runs.
        telegram.answerNextWithoutResult("getUpdates");

        AtomicBoolean wasDown = new AtomicBoolean();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonNode liveness = health("/actuator/health/liveness");
            if ("DOWN".equals(liveness.path("components").path("updates").path("status").asText())) {
                wasDown.set(true);
            }
            return wasDown.get() && "UP".equals(liveness.path("status").asText());
        });

        Phone person = newPhone("Полина");
        person.sends("/help");
        person.receives("доступны команды");
        assertThat(metric("mumo_updates_polling_restarts_total", "")).isGreaterThanOrEqualTo(1);
    }

    @Test
    @Order(4)
    void aRevokedTokenPausesSendingAndTurnsHealthDownUntilTelegramAcceptsItAgain() {
        Phone person = newPhone("Тимур");
        telegram.failNext("sendMessage", 401, "Unauthorized", null);
        person.sends("/help");

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() ->
                "DOWN".equals(health("/actuator/health").path("components").path("telegram").path("status").asText()));
        person.receives("доступны команды");
        await().atMost(Duration.ofSeconds(5)).until(() -> get("/actuator/health").statusCode() == 200);
        assertThat(bean(JdbcTemplate.class).queryForObject(
                "select count(*) from outbox_message where chat_id = ? and status = 'FAILED'", Long.class, person.id()))
                .as("the refused message was kept and sent, not failed").isZero();
    }

    @Test
    @Order(5)
    void anEditTelegramRefusesForGoodFailsAtOnceAndHoldsUpNothing() {
        Phone person = newPhone("Эдуард");
        person.sends("/language");
        var choice = person.receives("Выберите язык");
        telegram.failNext("editMessageText", 400, "Bad Request: message to edit not found", null);
        person.presses(choice, "English");
        person.sends("/help");
        person.receives("доступны команды");
        JdbcTemplate jdbc = bean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select attempts from outbox_message where chat_id = ? and kind = 'EDIT' "
                + "and status = 'FAILED'", Integer.class, person.id())).isEqualTo(1);
    }

    @Test
    @Order(6)
    void prometheusShowsWhatTheBotDid() {
        Phone chair = newPhone("Председатель");
        chair.sends("/start");
        chair.receives(m -> true, "the greeting");
        AssociationCreated created = bean(AssociationService.class).createAssociation("МУМО для метрик", "TEREK",
                OFFICIAL);
        Membership officer = bean(InviteService.class).join(created.chairInvite().getCode(), chair.id(),
                new PersonDetails("Метрикова Анна Павловна", "Школа 5", "учитель"), currentConsent(), Language.RU)
                .membership();
        telegram.failNext("sendMessage", 429, null, 1);
        telegram.failNext("sendMessage", 502, null, null);
        ZonedDateTime start = ZonedDateTime.now(clock.withZone(created.association().getTimeZone())).plusHours(3)
                .withSecond(0).withNano(0);
        bean(MeetingService.class).schedule(officer, start, MeetingFormat.IN_PERSON, "Кабинет 3", List.of("План"));
        chair.receives("назначено заседание");

        clock.moveTo(start.minusHours(1).toInstant());
        chair.receives("Напоминание: через 1 час");
        Deadline first = bean(DeadlineService.class).calendar(created.association().getId()).stream()
                .min(Comparator.comparing(Deadline::getDueDate)).orElseThrow();
        clock.moveTo(ZonedDateTime.of(first.getDueDate(), LocalTime.of(9, 30), first.getTimeZone()).toInstant());
        await().atMost(Duration.ofSeconds(15)).until(() -> metric("mumo_nudges_lateness_seconds_count", "") >= 1);

        assertThat(metric("mumo_updates_total", "kind=\"message\",outcome=\"processed\"")).isPositive();
        assertThat(metric("mumo_updates_total", "outcome=\"failed\"")).isPositive();
        assertThat(metric("mumo_updates_processing_seconds_count", "kind=\"message\"")).isPositive();
        assertThat(metric("mumo_outbox_sent_total", "kind=\"message\"")).isPositive();
        assertThat(metric("mumo_outbox_failed_total", "kind=\"edit\"")).isPositive();
        assertThat(metric("mumo_outbox_retries_total", "")).isPositive();
        assertThat(metric("mumo_telegram_throttled_total", "")).isPositive();
        assertThat(metric("mumo_reminders_lateness_seconds_count", "")).isPositive();
        assertThat(metric("mumo_leases_active", "")).isEqualTo(1);
        assertThat(prometheus()).contains("mumo_outbox_backlog", "mumo_outbox_oldest_age_seconds",
                "mumo_outbox_claimed", "mumo_nudges_lateness_seconds_sum");
    }

    private JsonNode health(String path) {
        try {
            return JSON.readTree(get(path).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String prometheus() {
        HttpResponse<String> response = get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The sum of a meter's samples whose labels contain {@code labels}. */
    private double metric(String name, String labels) {
        return prometheus().lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> line.contains(labels))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private HttpResponse<String> get(String path) {
        String port = bean(org.springframework.core.env.Environment.class).getProperty("local.server.port");
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
