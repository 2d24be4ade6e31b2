package ru.mumo.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.mumo.emulator.ApiCall;
import ru.mumo.emulator.BotApiEmulator;
import ru.mumo.emulator.EmulatorEvent;
import ru.mumo.emulator.TestUser;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.AssociationCreated;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Consent;
import ru.mumo.membership.InviteService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.PersonDetails;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/**
 * A meeting announcement to an association of N members (the announcement and its calendar file: two messages a
 * member) against an emulator that enforces Telegram's limits strictly: 30 messages in any second overall, one a
 * second per chat, 429 with {@code retry_after} beyond. Reports messages/s as a share of the 30/s limit, the 429s
 * and the members who got less than both messages. The reference is the limit itself.
 *
 * <p>Arguments: the number of members (default 1000).
 */
public final class FanOutBenchmark {

    private static final int LIMIT = 30;

    private FanOutBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run(args.length > 0 ? Integer.parseInt(args[0]) : 1000);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(int members) {
        Bench.report("FanOutBenchmark: %d members, load %s", members, Bench.load());
        try (BotApiEmulator telegram = BotApiEmulator.start("42:benchmark", "mumo_bench_bot")) {
            ConfigurableApplicationContext bot = Bench.bot(telegram, Bench.h2());
            AssociationCreated created = bot.getBean(AssociationService.class).createAssociation("МУМО бенчмарка", "SPIROVO", 1);
            TestUser chairUser = new TestUser(6_000_001L, "Председатель", null, null, "ru");
            telegram.userOpenedChatBefore(chairUser);
            Membership chair = bot.getBean(InviteService.class).join(created.chairInvite().getCode(), chairUser.id(),
                    new PersonDetails("Председатель Пётр Иванович", "Школа", "учитель"),
                    new Consent(bot.getBean(Messages.class).text(Language.RU, "consent.version"), Instant.now()),
                    Language.RU).membership();
            List<TestUser> users = Bench.seedMembers(bot, telegram, created.association().getId(), 6_100_000L, members);
            JdbcTemplate jdbc = bot.getBean(JdbcTemplate.class);
            Bench.waitFor("the outbox to empty", () -> pending(jdbc) == 0, Duration.ofMinutes(2));

            Map<Long, AtomicInteger> received = new ConcurrentHashMap<>();
            AtomicLong first = new AtomicLong();
            AtomicLong last = new AtomicLong();
            AtomicInteger sent = new AtomicInteger();
            telegram.addListener(event -> {
                long chat = event instanceof EmulatorEvent.MessageSent m ? m.message().chatId()
                        : event instanceof EmulatorEvent.DocumentSent d ? d.message().chatId() : 0;
                if (chat != 0) {
                    long now = System.nanoTime();
                    first.compareAndSet(0, now);
                    last.set(now);
                    sent.incrementAndGet();
                    received.computeIfAbsent(chat, c -> new AtomicInteger()).incrementAndGet();
                }
            });
            telegram.setStrictRateLimits(true);
            int callsBefore = telegram.calls().size();

            bot.getBean(MeetingService.class).schedule(chair, ZonedDateTime.now(ZoneId.of("Europe/Moscow")).plusDays(3),
                    MeetingFormat.IN_PERSON, "Актовый зал", List.of("О плане работы"));
            int expected = 2 * (members + 1);
            try {
                Bench.waitFor("every announcement", () -> sent.get() >= expected && pending(jdbc) == 0,
                        Duration.ofSeconds(expected / 10 + 120));
            } catch (IllegalStateException e) {
                Bench.report("not finished in time: %d of %d sent, %d pending", sent.get(), expected, pending(jdbc));
            }
            double seconds = (last.get() - first.get()) / 1e9;
            double perSecond = (sent.get() - 1) / seconds;
            long throttled = telegram.calls().stream().skip(callsBefore).filter(c -> c.httpStatus() == 429).count();
            Map<String, Long> throttledBy = telegram.calls().stream().skip(callsBefore)
                    .filter(c -> c.httpStatus() == 429)
                    .collect(java.util.stream.Collectors.groupingBy(ApiCall::method, java.util.stream.Collectors.counting()));
            long lost = users.stream().filter(u -> received.getOrDefault(u.id(), new AtomicInteger()).get() < 2).count();
            Bench.report("sent %d messages in %.1f s: %.1f messages/s = %.1f %% of the %d/s limit (goal >= 95 %%); "
                    + "429 answers: %d %s (goal 0); members who got less than both: %d (goal 0); load after %s",
                    sent.get(), seconds, perSecond, 100 * perSecond / LIMIT, LIMIT, throttled, throttledBy, lost,
                    Bench.load());
            bot.close();
        }
    }

    private static long pending(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from outbox_message where status = 'PENDING'", Long.class);
    }
}
