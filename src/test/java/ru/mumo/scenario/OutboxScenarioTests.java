package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.mumo.emulator.ApiCall;
import ru.mumo.emulator.BotMessage;
import ru.mumo.membership.AssociationService;
import ru.mumo.telegram.internal.outbox.OutboxMessage;
import ru.mumo.telegram.internal.outbox.OutboxMessages;
import ru.mumo.telegram.internal.outbox.Reachability;

/** What the outbox sender does when Telegram says no: slow down, retry, or give up on a blocked chat. */
class OutboxScenarioTests extends ScenarioSupport {

    /** Telegram refuses here on purpose, and the tests check its refusals themselves. */
    @Override
    protected boolean expectedRejection(ApiCall call) {
        return true;
    }

    @Test
    void tooManyRequestsIsHonouredAndTheMessageStillArrives() {
        Phone person = newPhone("Антон");
        telegram.failNext("sendMessage", 429, null, 2);
        long sentAt = System.nanoTime();
        person.sends("/start");
        person.receives("Здравствуйте");
        assertThat(System.nanoTime() - sentAt).as("waited for retry_after").isGreaterThanOrEqualTo(1_900_000_000L);
        assertThat(callsTo(person.id())).extracting(ApiCall::httpStatus).containsExactly(429, 200);
    }

    @Test
    void aServerErrorIsRetried() {
        Phone person = newPhone("Борис");
        telegram.failNext("sendMessage", 502, null, null);
        person.sends("/start");
        person.receives("Здравствуйте");
        assertThat(callsTo(person.id())).extracting(ApiCall::httpStatus).containsExactly(502, 200);
    }

    @Test
    void aPendingMessageSurvivesARestart() {
        Phone person = newPhone("Вадим");
        telegram.failNext("sendMessage", 429, null, 600);
        person.sends("/start");
        waiting().until(() -> !callsTo(person.id()).isEmpty());
        assertThat(bean(OutboxMessages.class).countPending()).isPositive();

        restartBot();

        person.receives("Здравствуйте");
    }

    @Test
    void aPersonWhoBlockedTheBotIsMarkedUnreachableAndLeftAlone() {
        Phone official = official();
        official.sends("/new_association МУМО для проверки блокировки");
        BotMessage pick = official.receives("Какому положению следует");
        official.presses(pick, "📜 Положение Спировского округа");
        String text = official.seesEdited(pick, "создано").text();
        String chairCode = text.split("start=")[1].split("\\s")[0];
        String memberCode = text.split("start=")[2].split("\\s")[0];

        Phone chair = newPhone("Галина");
        register(chair, chairCode, "Королёва Галина Львовна");
        telegram.blockedBy(chair.id());

        register(newPhone("Дарья"), memberCode, "Носова Дарья Ильинична");
        Reachability reachability = bean(Reachability.class);
        waiting().until(() -> reachability.isUnreachable(chair.id()));
        assertThat(reachability.isUnreachable(chair.id())).isTrue();
        int attempts = callsTo(chair.id()).size();

        register(newPhone("Евгения"), memberCode, "Павлова Евгения Олеговна");
        settle();
        assertThat(callsTo(chair.id())).as("no more attempts after 403").hasSize(attempts);
        assertThat(bean(OutboxMessages.class).findAll()).filteredOn(m -> m.getChatId() != null && m.getChatId() == chair.id())
                .filteredOn(m -> m.getStatus() == OutboxMessage.Status.PENDING).isEmpty();

        chair.sends("/help");
        chair.receives("Вам доступны команды");
        assertThat(reachability.isUnreachable(chair.id())).isFalse();
    }

    @Test
    void aButtonIsAnsweredAtOnceAndAnAnswerTelegramDidNotTakeGoesThroughTheOutboxAndAgainAfterACrashIsDone() {
        String code = bean(AssociationService.class).createAssociation("МУМО учителей ОБЖ", "SPIROVO", OFFICIAL)
                .memberInvite().getCode();
        JdbcTemplate jdbc = bean(JdbcTemplate.class);
        String answers = "select count(*) from outbox_message where kind = 'ANSWER'";
        long answersBefore = jdbc.queryForObject(answers, Long.class);
        Phone first = newPhone("Олег");
        first.sends("/start " + code);
        first.presses(first.receives("Согласие на обработку"), "✅ Принимаю");
        first.receives("фамилию");
        assertThat(telegram.answersTo(first.user().id())).hasSize(1);
        assertThat(jdbc.queryForObject(answers, Long.class)).as("answered right after the commit, not through the outbox")
                .isEqualTo(answersBefore);

        // Telegram's server fails the answer: it waits in the outbox, whose sender tries again.
        Phone teacher = newPhone("Пётр");
        teacher.sends("/start " + code);
        BotMessage consent = teacher.receives("Согласие на обработку");
        telegram.failNext("answerCallbackQuery", 502, "Bad Gateway", null);
        teacher.presses(consent, "✅ Принимаю");
        teacher.receives("фамилию");
        String status = "select status from outbox_message where id = ?";
        long answer = jdbc.queryForObject("select max(id) from outbox_message where kind = 'ANSWER'", Long.class);
        awaitStatus(jdbc, status, answer, "SENT");
        assertThat(telegram.answersTo(teacher.user().id())).hasSize(1);

        assertThat(jdbc.queryForObject("select payload from outbox_message where id = ?", String.class, answer))
                .as("a button answer is not kept once sent").isEqualTo("{}");

        // As if the bot died after Telegram took the answer but before the row was marked sent (and emptied).
        String queryId = telegram.answersTo(teacher.id()).get(0).queryId();
        jdbc.update("update outbox_message set status = 'PENDING', sent_at = null, payload = ? where id = ?",
                "{\"callbackQueryId\":\"" + queryId + "\",\"alert\":false}", answer);
        awaitStatus(jdbc, status, answer, "SENT");

        assertThat(telegram.rejectedCalls()).anySatisfy(call -> {
            assertThat(call.method()).isEqualTo("answerCallbackQuery");
            assertThat(call.description()).contains("query is too old");
        });
        assertThat(jdbc.queryForObject("select last_error from outbox_message where id = ?", String.class, answer))
                .isNull();
    }

    private static void awaitStatus(JdbcTemplate jdbc, String query, long id, String expected) {
        waiting().until(() -> expected.equals(jdbc.queryForObject(query, String.class, id)));
        assertThat(jdbc.queryForObject(query, String.class, id)).isEqualTo(expected);
    }

    private void register(Phone phone, String code, String fullName) {
        phone.sends("/start " + code);
        phone.presses(phone.receives("Согласие на обработку"), "✅ Принимаю");
        phone.receives("фамилию");
        phone.sends(fullName);
        phone.receives("Место работы");
        phone.sends("Школа 20");
        phone.receives("должность");
        phone.sends("учитель");
        phone.receives("Добро пожаловать");
    }

    @Test
    void aBotStartedWhileTelegramIsDownKeepsTryingAndThenWorks() {
        stopBot();
        telegram.setAvailable(false);
        int before = telegram.calls().size();
        Thread starter = new Thread(this::startBot);
        starter.start();
        waiting().until(() -> telegram.calls().subList(before, telegram.calls().size()).stream()
                .filter(c -> c.method().equals("getMe")).count() >= 2);
        assertThat(telegram.calls().subList(before, telegram.calls().size())).filteredOn(c -> c.method().equals("getMe"))
                .hasSizeGreaterThanOrEqualTo(2).allSatisfy(c -> assertThat(c.httpStatus()).isEqualTo(502));
        telegram.setAvailable(true);
        try {
            starter.join(WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Phone person = newPhone("Зиновий");
        person.sends("/start");
        person.receives("Здравствуйте");
    }

    @Test
    void housekeepingForgetsOldUpdateIdsAndDeliveredMessages() {
        Phone person = newPhone("Жанна");
        person.sends("/start");
        person.receives("Здравствуйте");
        JdbcTemplate jdbc = bean(JdbcTemplate.class);
        String delivered = "select count(*) from outbox_message where chat_id = " + person.id();
        assertThat(jdbc.queryForObject(delivered, Long.class)).isPositive();

        clock.shift(Duration.ofDays(31));
        trigger(JobKey.jobKey("housekeeping", "telegram"));

        waiting().until(() -> jdbc.queryForObject(delivered, Long.class) == 0);
        assertThat(jdbc.queryForObject(delivered, Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from processed_update", Long.class)).isZero();
        person.sends("/start");
        person.receives("Здравствуйте");
    }

    private List<ApiCall> callsTo(long chatId) {
        return telegram.calls().stream()
                .filter(c -> c.method().equals("sendMessage") && c.params().path("chat_id").asLong() == chatId)
                .toList();
    }
}
