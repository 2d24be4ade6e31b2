package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

import ru.mumo.emulator.ApiCall;
import ru.mumo.emulator.BotMessage;
import ru.mumo.emulator.TestUser;

/**
 * Runs the packaged jar as a separate process, as an administrator would, and kills it with SIGKILL in the
 * middle of a registration. Runs in the integration-test phase, after the jar is built.
 */
class CrashProcessScenarioTests extends ProcessScenarioSupport {

    CrashProcessScenarioTests() {
        super("987654321:process-test-token", "mumo_process_bot");
    }

    @Test
    void withoutATokenTheJarSaysWhatToSetInOneLineAndExits() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(PackagedBot.javaCommand()).directory(work.toFile());
        builder.environment().remove("TELEGRAM_BOT_TOKEN");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output.lines().toList()).hasSize(1);
        assertThat(output).contains("TELEGRAM_BOT_TOKEN is not set");
    }

    @Test
    void aKilledBotResumesRegistrationAndDuplicatesNothing() throws Exception {
        bot.start();
        TestUser official = new TestUser(OFFICIAL, "Ольга", null, null, "ru");
        BotMessage created = createAssociation(official, "МУМО учителей литературы");
        Matcher link = LINK.matcher(created.text());
        assertThat(link.find()).isTrue();
        assertThat(link.find()).isTrue();
        String memberCode = link.group(1);

        TestUser teacher = new TestUser(5001, "Полина", null, null, "ru");
        telegram.userSends(teacher, "/start " + memberCode);
        BotMessage consent = await(teacher.id(), "Согласие на обработку");
        press(teacher, consent, "✅ Принимаю");
        await(teacher.id(), "фамилию");
        long named = telegram.userSends(teacher, "Романова Полина Юрьевна");
        await(teacher.id(), "Место работы");

        // Killed between two steps of the dialog. (A kill in the instant between Telegram accepting a message and
        // the outbox marking it sent would send that one message again: at-least-once is the most any bot can
        // promise, since Telegram has no idempotency key. Data is what must never double, and is checked below.)
        settle(named);
        bot.kill();
        telegram.userSends(teacher, "Гимназия № 4");
        bot.start();
        await(teacher.id(), "должность");

        long last = telegram.userSends(teacher, "учитель литературы");
        await(teacher.id(), "Добро пожаловать");
        // Killed right after its last answer: the update may still be unconfirmed and come again.
        settle();
        bot.kill();
        int callsBefore = telegram.calls().size();
        bot.start();
        awaitConfirmed(last, callsBefore);
        bot.kill();

        assertThat(count(teacher.id(), "Место работы")).isEqualTo(1);
        assertThat(count(teacher.id(), "должность")).isEqualTo(1);
        assertThat(count(teacher.id(), "Добро пожаловать")).isEqualTo(1);
        assertThat(bot.single("select count(*) from person where telegram_user_id = 5001")).isEqualTo(1);
        assertThat(bot.single("select count(*) from membership m join person p on p.id = m.person_id "
                + "where p.telegram_user_id = 5001")).isEqualTo(1);
        assertThat(bot.single("select count(*) from dialog_state")).isZero();
        assertOnlyHarmlessRejections();
    }

    /**
     * Waits until the bot has committed its work on {@code updateId} and its sender has recorded the reply. The probe
     * goes first: the emulator records a long poll when it returns, so the poll that confirms {@code updateId} shows
     * only once something (the probe) ends it, where waiting for it first waited out the whole poll timeout.
     */
    private void settle(long updateId) {
        settle();
        awaitConfirmed(updateId, 0);
    }

    /** Waits until the restarted bot has asked for updates past {@code updateId}, i.e. has dealt with it. */
    private void awaitConfirmed(long updateId, int callsBefore) {
        waiting().alias("the restarted bot to confirm update " + updateId + "; logs in " + work).until(() -> {
            List<ApiCall> calls = telegram.calls();
            return calls.subList(callsBefore, calls.size()).stream()
                    .anyMatch(c -> c.method().equals("getUpdates") && c.params().path("offset").asLong() > updateId);
        });
    }

    private long count(long chatId, String fragment) {
        return telegram.messagesIn(chatId).stream().filter(m -> m.text() != null && m.text().contains(fragment)).count();
    }

}
