package ru.mumo.benchmark;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;

import org.springframework.context.ConfigurableApplicationContext;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import ru.mumo.emulator.BotApiEmulator;
import ru.mumo.emulator.BotMessage;
import ru.mumo.emulator.EmulatorEvent;
import ru.mumo.emulator.TestUser;
import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.AssociationCreated;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Consent;
import ru.mumo.membership.InviteService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.PersonDetails;
import ru.mumo.membership.Role;
import ru.mumo.shared.Language;
import ru.mumo.voting.Vote;
import ru.mumo.voting.VoteService;

/**
 * Ballot presses end to end, beside a bare bot in the same run. The bot: real Spring context, TelegramBots long
 * polling, H2 file database, an open vote at a meeting whose members are all present. The reference: a bare
 * TelegramBots 10.2 long-polling bot that answers each callback query with {@code answerCallbackQuery} and nothing
 * else. Both against an in-process emulator of their own. For each: a warm-up burst, then a burst of N first presses
 * as fast as the emulator delivers them (presses/s, press of the first to answer of the last), then N presses at a
 * steady 20 a second (press-to-answer p50 and p99).
 *
 * <p>Arguments: the number of voters (default 200).
 */
public final class BallotBenchmark {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Duration STEADY = Duration.ofMillis(50);

    private BallotBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run(args.length > 0 ? Integer.parseInt(args[0]) : 200);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(int voters) throws Exception {
        Bench.report("BallotBenchmark: %d voters, load %s", voters, Bench.load());
        Result reference = reference(voters);
        Result bot = bot(voters);
        Bench.report("reference (bare TelegramBots bot): %.0f presses/s; at 20/s p50 %.1f ms, p99 %.1f ms",
                reference.pressesPerSecond, reference.p50, reference.p99);
        Bench.report("bot: %.0f presses/s; at 20/s p50 %.1f ms, p99 %.1f ms",
                bot.pressesPerSecond, bot.p50, bot.p99);
        Bench.report("ratio bot/reference: %.2f (goal >= 0.7); p99 goal < 50 ms; load after %s",
                bot.pressesPerSecond / reference.pressesPerSecond, Bench.load());
    }

    private record Result(double pressesPerSecond, double p50, double p99) {
    }

    private record Press(TestUser user, long messageId, String data) {
    }

    /** When each user pressed and was answered, by user id; one press per user per phase. */
    private static final class Clocks {
        final Map<Long, Long> pressed = new ConcurrentHashMap<>();
        final Map<Long, Long> answered = new ConcurrentHashMap<>();

        void listenTo(BotApiEmulator telegram) {
            telegram.addListener(event -> {
                if (event instanceof EmulatorEvent.CallbackAnswered answer) {
                    answered.putIfAbsent(answer.answer().userId(), System.nanoTime());
                }
            });
        }

        void clear() {
            pressed.clear();
            answered.clear();
        }
    }

    private static Result measure(BotApiEmulator telegram, Clocks clocks, List<Press> warmUp, List<Press> burst,
            List<Press> steady, Runnable settle) {
        burst(telegram, clocks, warmUp);
        double perSecond = burst(telegram, clocks, burst);
        settle.run();
        clocks.clear();
        long start = System.nanoTime();
        for (int i = 0; i < steady.size(); i++) {
            long due = start + i * STEADY.toNanos();
            while (System.nanoTime() < due) {
                Bench.sleep(Duration.ofNanos(Math.max(0, Math.min(due - System.nanoTime(), 1_000_000))));
            }
            Press press = steady.get(i);
            clocks.pressed.put(press.user().id(), System.nanoTime());
            telegram.userPresses(press.user(), press.messageId(), press.data());
        }
        Bench.waitFor("steady answers", () -> clocks.answered.size() >= steady.size(), Duration.ofMinutes(5));
        List<Double> latencies = new ArrayList<>();
        clocks.pressed.forEach((user, at) -> latencies.add((clocks.answered.get(user) - at) / 1e6));
        return new Result(perSecond, Bench.percentile(latencies, 0.5), Bench.percentile(latencies, 0.99));
    }

    /** All presses at once; presses/s from the first press to the last answer. */
    private static double burst(BotApiEmulator telegram, Clocks clocks, List<Press> presses) {
        if (presses.isEmpty()) {
            return Double.NaN;
        }
        clocks.clear();
        long start = System.nanoTime();
        for (Press press : presses) {
            telegram.userPresses(press.user(), press.messageId(), press.data());
        }
        Bench.waitFor("burst answers", () -> clocks.answered.size() >= presses.size(), Duration.ofMinutes(10));
        long last = clocks.answered.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        return presses.size() / ((last - start) / 1e9);
    }

    private static Result reference(int voters) throws Exception {
        try (BotApiEmulator telegram = BotApiEmulator.start("43:reference", "bare_bench_bot")) {
            TelegramUrl url = new TelegramUrl("http", "127.0.0.1", telegram.port(), false);
            TelegramClient client = new OkHttpTelegramClient(new OkHttpClient(), telegram.token(), url);
            ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, r -> {
                Thread thread = new Thread(r, "reference-polling");
                thread.setDaemon(true);
                return thread;
            });
            TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                    new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> executor);
            BotSession session = application.registerBot(telegram.token(), () -> url, new DefaultGetUpdatesGenerator(),
                    (LongPollingSingleThreadUpdateConsumer) update -> {
                        if (update.hasCallbackQuery()) {
                            try {
                                client.execute(AnswerCallbackQuery.builder()
                                        .callbackQueryId(update.getCallbackQuery().getId()).build());
                            } catch (TelegramApiException e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    });
            Clocks clocks = new Clocks();
            clocks.listenTo(telegram);
            List<Long> messages = new ArrayList<>();
            List<TestUser> users = new ArrayList<>();
            for (int i = 0; i < voters; i++) {
                TestUser user = new TestUser(7_000_000L + i, "Участник" + i, null, null, "ru");
                telegram.userOpenedChatBefore(user);
                users.add(user);
                InlineKeyboardRow row = new InlineKeyboardRow(
                        InlineKeyboardButton.builder().text("За").callbackData("ballot:1:F").build(),
                        InlineKeyboardButton.builder().text("Против").callbackData("ballot:1:A").build(),
                        InlineKeyboardButton.builder().text("Воздержался").callbackData("ballot:1:X").build());
                messages.add(client.execute(SendMessage.builder().chatId(user.id()).text("Голосование")
                        .replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(row).build()).build()).getMessageId()
                        .longValue());
            }
            List<Press> warmUp = new ArrayList<>();
            List<Press> burst = new ArrayList<>();
            List<Press> steady = new ArrayList<>();
            for (int i = 0; i < voters; i++) {
                warmUp.add(new Press(users.get(i), messages.get(i), "ballot:1:X"));
                burst.add(new Press(users.get(i), messages.get(i), "ballot:1:F"));
                steady.add(new Press(users.get(i), messages.get(i), "ballot:1:A"));
            }
            Result result = measure(telegram, clocks, warmUp, burst, steady, () -> { });
            session.stop();
            executor.shutdownNow();
            return result;
        }
    }

    private static Result bot(int voters) {
        try (BotApiEmulator telegram = BotApiEmulator.start("42:benchmark", "mumo_bench_bot")) {
            ConfigurableApplicationContext bot = Bench.bot(telegram, Bench.h2());
            Bench.Officers officers = Bench.officers(bot, telegram, "МУМО бенчмарка", 6_000_001L);
            Membership chair = officers.chairMembership();
            Membership secretary = officers.secretaryMembership();
            MembershipService membership = bot.getBean(MembershipService.class);
            long associationId = officers.associationId();
            List<TestUser> users = Bench.seedMembers(bot, telegram, associationId, 6_100_000L, voters);

            Meeting meeting = bot.getBean(MeetingService.class).schedule(chair,
                    ZonedDateTime.now(MOSCOW).plusMinutes(10), MeetingFormat.IN_PERSON, "Зал", List.of("Вопрос"));
            AttendanceService attendance = bot.getBean(AttendanceService.class);
            attendance.openAttendance(secretary);
            for (Membership m : membership.members(associationId)) {
                attendance.toggle(meeting.getId(), secretary, m.getId());
            }
            VoteService votes = bot.getBean(VoteService.class);
            Clocks clocks = new Clocks();
            clocks.listenTo(telegram);

            Vote warmUpVote = votes.open(secretary, "Разминка", false);
            List<Press> warmUp = ballots(telegram, users, warmUpVote, "За");
            burst(telegram, clocks, warmUp);
            votes.close(secretary, warmUpVote.getId());
            Vote vote = votes.open(secretary, "Утвердить план", false);
            List<Press> presses = ballots(telegram, users, vote, "За");
            awaitOutboxEmpty(bot);
            List<Press> steady = ballots(telegram, users, vote, "Против");
            Result result = measure(telegram, clocks, List.of(), presses, steady, () -> awaitOutboxEmpty(bot));
            bot.close();
            return result;
        }
    }

    /** Each user's ballot of the vote, once it has reached them, and the press of {@code choice} on it. */
    private static List<Press> ballots(BotApiEmulator telegram, List<TestUser> users, Vote vote, String choice) {
        List<Press> presses = new ArrayList<>();
        for (TestUser user : users) {
            BotMessage ballot = telegram.awaitMessage(user.id(),
                    m -> m.text() != null && m.text().contains(vote.getQuestion()) && m.button(choice).isPresent(),
                    Duration.ofMinutes(5));
            presses.add(new Press(user, ballot.messageId(), ballot.button(choice).orElseThrow().callbackData()));
        }
        return presses;
    }

    private static void awaitOutboxEmpty(ConfigurableApplicationContext bot) {
        org.springframework.jdbc.core.JdbcTemplate jdbc = bot.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        Bench.waitFor("the outbox to empty", () -> jdbc.queryForObject(
                "select count(*) from outbox_message where status = 'PENDING'", Long.class) == 0, Duration.ofMinutes(10));
    }
}
