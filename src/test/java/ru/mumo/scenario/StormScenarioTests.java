package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

import ru.mumo.emulator.BotMessage;
import ru.mumo.emulator.TestUser;
import ru.mumo.meetings.Meeting;
import ru.mumo.membership.Role;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Registry;
import ru.mumo.telegram.internal.outbox.OutboxMessages;
import ru.mumo.voting.Vote;
import ru.mumo.voting.VoteService;

/**
 * A storm of odd but well-formed updates (issue 18): strangers with markup and zero-width characters in their
 * names send texts of 4,096 characters, every command of every role with odd arguments, and presses with forged
 * callback data; groups, channels and edited messages come in between. The bot keeps answering, logs no stack trace
 * and no warning of its own, changes no membership and writes nothing to an officer because of a stranger.
 */
class StormScenarioTests extends ScenarioSupport {

    private static final int STRANGERS = 100;
    private static final int PER_STRANGER = 20;
    private static final int OTHERS = 300;
    private static final Duration STORM = Duration.ofMinutes(3);
    private static final String[] NAMES = {"<b>Хакер</b>", "*жирный* _курсив_", "Зеро\u200Bширина\u200D", "\u202Eтекст",
            "`код` [ссылка](https://evil.example)", "&lt;script&gt;", "Имя\u2060с\uFEFFневидимками", "😈👾",
            "Очень-очень-длинное-имя-которое-Telegram-ещё-допускает-до-64-сим"};
    private static final String[] ODD = {"<b>жирный</b> <i>текст</i>", "*жирный* _курсив_ ~зачёркнуто~ ||спойлер||",
            "\u200B\u200C\u200D\u2060\uFEFF", "[ссылка](tg://user?id=100)", "@mumo_test_bot", "\n\n\n", "%s %d {0} ${x}",
            "'; drop table person; --", "\u202Eперевёрнутый", "ёЁйЙ \uD83D\uDE00 \u0301\u0301"};

    private final Random random = new Random(18);
    private final List<ILoggingEvent> warnings = new CopyOnWriteArrayList<>();

    /** Telegram's own limit of about thirty a second would make a storm of replies take minutes. */
    @Override
    protected List<String> moreArguments() {
        return List.of("--app.telegram.global-rate=2000");
    }

    @Test
    void aStormOfOddUpdatesLeavesTheBotAnsweringAndChangesNothing() {
        Team team = newTeam("МУМО учителей информатики");
        Phone chair = team.join("Председатель Павел Андреевич", Role.CHAIR);
        team.join("Заместитель Зоя Петровна", Role.DEPUTY);
        team.join("Секретарь Сергей Ильич", Role.SECRETARY);
        Phone member = team.join("Участник Ульяна Олеговна", Role.MEMBER);
        team.join("Участник Фёдор Львович", Role.MEMBER);
        Meeting meeting = meetingTodayWithCheckIn(team, "О плане");
        checkIn(team.everyone);
        team.secretary.sends("/vote_open Утвердить план");
        Vote vote = waiting().until(() -> bean(VoteService.class).votesOf(meeting.getId()), v -> !v.isEmpty()).get(0);
        List<Phone> officers = List.of(chair, team.deputy, team.secretary, official());
        // Whatever the sweeps owe the association today (the meeting's reminder, a nudge) goes before the storm.
        awaitSweep(JobKey.jobKey("reminder-sweep", "meetings"));
        awaitSweep(JobKey.jobKey("nudge-sweep", "deadlines"));
        settle();

        List<Long> ids = new ArrayList<>(List.of(meeting.getId(), vote.getId(), team.associationId()));
        team.everyone.forEach(phone -> ids.add(team.membership(phone).getId()));
        List<String> commands = bean(Registry.class).commands().stream().map(Command::name).toList();
        List<String> prefixes = bean(Registry.class).buttons().stream().map(ButtonHandler::prefix).toList();
        Map<String, List<Map<String, Object>>> before = memberships();
        List<Integer> officersChats = officers.stream().map(Phone::messageCount).toList();
        watchTheLog();

        long start = System.nanoTime();
        List<TestUser> strangers = new ArrayList<>();
        for (int i = 0; i < STRANGERS; i++) {
            TestUser stranger = new TestUser(5_000_000_000L + i, NAMES[i % NAMES.length], pick(ODD), null,
                    i % 3 == 0 ? "en" : i % 3 == 1 ? "ru" : "xx-YY");
            strangers.add(stranger);
            telegram.userSends(stranger, "/start");
        }
        // Each stranger has the bot's answer to press forged buttons under.
        List<Long> under = new ArrayList<>();
        for (TestUser stranger : strangers) {
            under.add(waiting().until(() -> telegram.messagesIn(stranger.id()), m -> !m.isEmpty()).get(0).messageId());
        }
        ObjectMapper json = new ObjectMapper();
        int pushed = STRANGERS;
        for (int round = 1; round < PER_STRANGER; round++) {
            for (int i = 0; i < STRANGERS; i++) {
                TestUser stranger = strangers.get(i);
                switch (random.nextInt(4)) {
                    case 0 -> telegram.userSends(stranger, longText());
                    case 1 -> telegram.userSends(stranger, command(commands));
                    case 2 -> telegram.userPressesTampered(stranger, under.get(i), forged(prefixes, ids));
                    default -> telegram.pushRawUpdate(edited(json, stranger));
                }
                pushed++;
            }
            for (int i = 0; i < OTHERS / PER_STRANGER; i++) {
                telegram.pushRawUpdate(i % 2 == 0 ? groupPost(json, team.everyone.get(i % team.everyone.size()).user(),
                        command(commands)) : channelPost(json));
                pushed++;
            }
        }
        // Updates are handled in order: the answer to this one means the storm has passed. On a busy machine that
        // may take longer than a single wait.
        int shown = member.messageCount();
        member.sends("/help");
        waiting().atMost(STORM).until(() -> member.messageCount() > shown);
        Duration answered = Duration.ofNanos(System.nanoTime() - start);
        waiting().atMost(STORM).until(() -> bean(OutboxMessages.class).countPending() == 0);
        settle();
        Duration settled = Duration.ofNanos(System.nanoTime() - start);
        assertThat(member.drain()).extracting(ScenarioSupport::text).anyMatch(text -> text.contains("/profile"));
        System.out.printf("Storm: %d updates, answered in %d ms, settled in %d ms%n", pushed, answered.toMillis(),
                settled.toMillis());

        assertThat(warnings).extracting(e -> e.getLoggerName() + ": " + e.getFormattedMessage())
                .as("warnings, errors and stack traces logged").isEmpty();
        assertThat(memberships()).as("memberships, roles, people and invites").isEqualTo(before);
        assertThat(officers.stream().map(Phone::messageCount).toList()).as("messages to officers")
                .isEqualTo(officersChats);
        Counter failed = bean(MeterRegistry.class).find("mumo.updates").tag("outcome", "failed").counter();
        assertThat(failed == null ? 0 : failed.count()).as("updates that failed").isZero();
        for (TestUser stranger : strangers.subList(0, 5)) {
            int seen = telegram.messagesIn(stranger.id()).size();
            telegram.userSends(stranger, "/start");
            waiting().until(() -> telegram.messagesIn(stranger.id()).size() > seen);
        }
        BotMessage reply = telegram.messagesIn(strangers.get(0).id()).get(telegram.messagesIn(strangers.get(0).id())
                .size() - 1);
        assertThat(reply.text()).isNotBlank();
    }

    private String longText() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 4096) {
            text.append(pick(ODD)).append(' ');
        }
        return text.substring(0, 4096).strip().isEmpty() ? "текст" : text.substring(0, 4096);
    }

    /** A command of any role, with arguments that are odd, long or spread over lines. */
    private String command(List<String> commands) {
        String name = "/" + commands.get(random.nextInt(commands.size()));
        return switch (random.nextInt(6)) {
            case 0 -> name;
            case 1 -> name + "@mumo_test_bot " + pick(ODD);
            case 2 -> name + "\n" + pick(ODD);
            case 3 -> (name + " " + longText()).substring(0, 4096);
            case 4 -> name + "@other_bot";
            default -> name + " " + random.nextInt(1_000_000);
        };
    }

    /** Callback data of any button, naming things of the association, or made up altogether (64 bytes at most). */
    private String forged(List<String> prefixes, List<Long> ids) {
        String prefix = prefixes.get(random.nextInt(prefixes.size()));
        long id = ids.get(random.nextInt(ids.size()));
        String data = switch (random.nextInt(8)) {
            case 0 -> prefix + ":" + id;
            case 1 -> prefix + ":" + id + ":" + pick(new String[] {"y", "n", "F", "A", "X", "c", "DEPUTY", "ONLINE"});
            case 2 -> prefix + ":rmy:" + id;
            case 3 -> prefix + ":yes:" + id;
            case 4 -> prefix + ":99999999999999999999:F";
            case 5 -> prefix + ":-1:" + id;
            case 6 -> prefix + ":\u0661\u0662\u0663";
            default -> "x".repeat(random.nextInt(64) + 1);
        };
        return data.length() > 64 ? data.substring(0, 64) : data;
    }

    private ObjectNode edited(ObjectMapper json, TestUser user) {
        ObjectNode update = json.createObjectNode();
        ObjectNode message = update.putObject("edited_message").put("message_id", 1).put("date", 1_700_000_000)
                .put("edit_date", 1_700_000_100).put("text", "/leave");
        from(message.putObject("from"), user);
        message.putObject("chat").put("id", user.id()).put("type", "private").put("first_name", user.firstName());
        return update;
    }

    private ObjectNode groupPost(ObjectMapper json, TestUser user, String text) {
        ObjectNode update = json.createObjectNode();
        ObjectNode message = update.putObject("message").put("message_id", random.nextInt(1_000_000) + 1)
                .put("date", 1_700_000_000).put("text", text);
        from(message.putObject("from"), user);
        message.putObject("chat").put("id", -1_001_234_567_890L).put("type", "supergroup").put("title", "Учительская");
        return update;
    }

    private ObjectNode channelPost(ObjectMapper json) {
        ObjectNode update = json.createObjectNode();
        ObjectNode post = update.putObject("channel_post").put("message_id", random.nextInt(1_000_000) + 1)
                .put("date", 1_700_000_000).put("text", "/new_association Канал " + pick(ODD));
        post.putObject("chat").put("id", -1_009_876_543_210L).put("type", "channel").put("title", "Новости");
        return update;
    }

    private static void from(ObjectNode node, TestUser user) {
        node.put("id", user.id()).put("is_bot", false).put("first_name", user.firstName());
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Everything that says who belongs where: none of it may change. */
    private Map<String, List<Map<String, Object>>> memberships() {
        JdbcTemplate jdbc = bean(JdbcTemplate.class);
        return Map.of("membership", jdbc.queryForList("select * from membership order by id"),
                "role_assignment", jdbc.queryForList("select * from role_assignment order by id"),
                "person", jdbc.queryForList("select * from person order by id"),
                "invite", jdbc.queryForList("select * from invite order by id"),
                "dialog_state", jdbc.queryForList("select * from dialog_state order by 1"));
    }

    /**
     * Collects, from here on, anything logged with a stack trace, every error, and the bot's own warnings (a
     * library's warning about a slow machine is no fault of the bot's).
     */
    private void watchTheLog() {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                if (event.getThrowableProxy() != null || event.getLevel().isGreaterOrEqual(Level.ERROR)
                        || event.getLevel().isGreaterOrEqual(Level.WARN) && event.getLoggerName().startsWith("ru.mumo")) {
                    warnings.add(event);
                }
            }
        };
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
    }
}
