package ru.mumo.telegram.internal.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ru.mumo.telegram.TelegramProperties;
import ru.mumo.telegram.internal.DatabaseClock;
import ru.mumo.telegram.internal.outbox.OutboxMessage.Kind;

/**
 * Which instance sends which outbox row, decided in the database so that several instances send the outbox
 * together and never the same row twice. A claim takes due rows ({@code FOR UPDATE SKIP LOCKED}, which
 * PostgreSQL and H2 2.3 both implement) under the row lock of the global pace, so claims of different instances
 * follow one another and spend one shared budget: Telegram's limits hold for all instances together. A claim
 * expires in the database's time; an instance renews it right before each call, which lasts at most half of
 * that time, so a row is only ever taken over from an instance that died.
 */
@Component
class OutboxClaims {

    private static final String GLOBAL = "global";
    /**
     * How late after its place in the schedule a call may leave (the sender's round, a slow commit): a chat's next
     * message keeps its full interval from the later time, so that Telegram never sees two closer than that.
     */
    static final Duration LATE = Duration.ofMillis(50);
    /** Rows looked at per claim; only as many as the pace allows are claimed. */
    private static final int CANDIDATES = 50;

    /**
     * A button press's confirmation lives on the phone for a few seconds and is not kept once sent or given up: it
     * may name a secret ballot's choice, and its row's place next to the ballot's own messages would tie the two.
     * Nor is the text of a message that named a person who withdrew consent ({@link OutboxErasure}).
     */
    static final String FORGET_TEXT =
            "payload = case when kind = 'ANSWER' or forget_after_send is not null then '{}' else payload end";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final DatabaseClock databaseClock;
    private final Clock clock;
    private final TelegramProperties properties;
    private final Pace global;
    private final String instance = UUID.randomUUID().toString();
    private final Set<Long> claimed = ConcurrentHashMap.newKeySet();

    OutboxClaims(JdbcTemplate jdbc, TransactionTemplate tx, DatabaseClock databaseClock, Clock clock,
            TelegramProperties properties, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.databaseClock = databaseClock;
        this.clock = clock;
        this.properties = properties;
        this.global = Pace.global(properties.globalRate());
        Gauge.builder("mumo.outbox.claimed", claimed, Set::size)
                .description("Outbox rows this instance has claimed and is sending").register(meters);
    }

    /**
     * Rows claimed for sending, oldest first, at the database's time {@code at}; the place of each message in the global
     * pace's schedule (a button's answer has none and goes at once); and how long to wait before claiming again if
     * nothing was claimed.
     */
    record Batch(List<Long> ids, Instant at, Map<Long, Instant> places, Duration retryIn) {

        static Batch none(Duration retryIn) {
            return new Batch(List.of(), null, Map.of(), retryIn);
        }

        /** When the row may go, counted from the claim. */
        Duration due(long id) {
            Instant place = places.get(id);
            return place == null ? Duration.ZERO : Duration.between(at, place);
        }
    }

    private record Candidate(long id, Kind kind, Long chatId) {

        /** Menus count against the global limit only, as they are no messages in a chat. */
        boolean paced() {
            return chatId != null && kind != Kind.ANSWER && kind != Kind.MENU;
        }

        /**
         * A button's answer is no message: Telegram's limits on sending do not cover it, and the person waits for it
         * with a spinning button, so it goes at once, before any message waiting for the pace.
         */
        boolean unlimited() {
            return kind == Kind.ANSWER;
        }
    }

    /**
     * Claims up to {@code max} rows. The global pace is a schedule kept in the database: each message claimed takes the
     * next free place in it, an interval after the one before, and goes at that place, so the time a claim and the
     * bookkeeping of a send take does not stretch the schedule. Places are handed out at most a batch ahead of now.
     * A message to a chat takes a place at least the chat's interval after the chat's previous message's place.
     */
    Batch claim(int max) {
        return tx.execute(status -> {
            Instant now = databaseClock.now();
            Instant globalNext = jdbc.queryForObject("select next_at from send_pace where bucket = ? for update",
                    OffsetDateTime.class, GLOBAL).toInstant();
            List<Candidate> candidates = jdbc.query("""
                    select o.id, o.kind, o.chat_id from outbox_message o
                    where o.status = 'PENDING'
                      and (o.next_attempt_at is null or o.next_attempt_at <= ?)
                      and (o.claimed_until is null or o.claimed_until < ?)
                      and (o.chat_id is null or not exists (
                            select 1 from outbox_message p
                            where p.chat_id = o.chat_id and p.status = 'PENDING' and p.id < o.id))
                    order by case when o.kind = 'ANSWER' then 0 else 1 end, o.id
                    fetch first ? rows only
                    for update skip locked""",
                    (rs, i) -> new Candidate(rs.getLong(1), Kind.valueOf(rs.getString(2)),
                            rs.getObject(3) == null ? null : rs.getLong(3)),
                    DatabaseClock.at(now), DatabaseClock.at(now), CANDIDATES);
            if (candidates.isEmpty()) {
                return Batch.none(properties.senderPoll());
            }
            Instant horizon = now.plus(global.interval().multipliedBy(max));
            Instant place = globalNext.isBefore(now) ? now : globalNext;
            Map<Long, Instant> chatNext = chatPaces(candidates);
            Map<Long, Instant> chatTaken = new HashMap<>();
            List<Long> ids = new ArrayList<>();
            Map<Long, Instant> places = new HashMap<>();
            Instant retryAt = null;
            for (Candidate candidate : candidates) {
                if (ids.size() >= max) {
                    break;
                }
                if (candidate.unlimited()) {
                    ids.add(candidate.id());
                    continue;
                }
                if (place.isAfter(horizon)) {
                    retryAt = earliest(retryAt, place.minus(global.interval().multipliedBy(max)));
                    break;
                }
                if (candidate.paced()) {
                    Pace chat = Pace.chat(candidate.chatId(), properties.perChatInterval());
                    Instant next = chatNext.get(candidate.chatId());
                    if (!chat.allows(next, place)) {
                        retryAt = earliest(retryAt, chat.allowedFrom(next));
                        continue;
                    }
                    chatNext.put(candidate.chatId(), chat.after(next, place.plus(LATE)));
                    chatTaken.put(candidate.chatId(), chatNext.get(candidate.chatId()));
                }
                places.put(candidate.id(), place);
                place = place.plus(global.interval());
                ids.add(candidate.id());
            }
            if (ids.isEmpty()) {
                return Batch.none(retryAt == null ? properties.senderPoll()
                        : retryAt.isBefore(now) ? Duration.ZERO : Duration.between(now, retryAt));
            }
            OffsetDateTime until = DatabaseClock.at(now.plus(properties.leaseTtl()));
            for (Long id : ids) {
                jdbc.update("update outbox_message set claimed_by = ?, claimed_until = ? where id = ?", instance, until, id);
            }
            chatTaken.forEach((chatId, next) -> savePace(Pace.chatBucket(chatId), next));
            if (!places.isEmpty()) {
                jdbc.update("update send_pace set next_at = ? where bucket = ?", DatabaseClock.at(place), GLOBAL);
            }
            claimed.addAll(ids);
            return new Batch(List.copyOf(ids), now, Map.copyOf(places), Duration.ZERO);
        });
    }

    /** Extends the claim right before the call; false if the row is no longer this instance's to send. */
    boolean renew(long id) {
        Instant now = databaseClock.now();
        boolean ours = jdbc.update("""
                update outbox_message set claimed_until = ?
                where id = ? and claimed_by = ? and status = 'PENDING' and claimed_until > ?""",
                DatabaseClock.at(now.plus(properties.leaseTtl())), id, instance, DatabaseClock.at(now)) == 1;
        if (!ours) {
            claimed.remove(id);
        }
        return ours;
    }

    void sent(long id, Long telegramMessageId) {
        if (!forgotten(id)) {
            finish(id, "status = 'SENT', sent_at = ?, telegram_message_id = ?, document = null, " + FORGET_TEXT,
                    DatabaseClock.at(clock.instant()), telegramMessageId);
        }
    }

    void failed(long id, String error) {
        if (!forgotten(id)) {
            finish(id, "status = 'FAILED', attempts = attempts + 1, last_error = ?, document = null, " + FORGET_TEXT,
                    truncate(error));
        }
    }

    /**
     * Deletes a row sent (or given up) to the chat of a person who withdrew consent, and the chat's pace, which is
     * kept under its id; tells whether it was such a row. The pace goes first: once no row of the chat is left,
     * nothing of it is.
     */
    private boolean forgotten(long id) {
        List<Long> chat = jdbc.query("select chat_id from outbox_message where id = ? and claimed_by = ? "
                + "and forget_after_send = 'ROW'", (rs, i) -> (Long) rs.getObject(1, Long.class), id, instance);
        if (chat.isEmpty()) {
            return false;
        }
        if (chat.get(0) != null) {
            jdbc.update("delete from send_pace where bucket = ?", Pace.chatBucket(chat.get(0)));
        }
        jdbc.update("delete from outbox_message where id = ? and claimed_by = ?", id, instance);
        claimed.remove(id);
        return true;
    }

    /** Counts a failed attempt and makes the row due again after {@code delay}. */
    void retry(long id, String error, Duration delay) {
        finish(id, "attempts = attempts + 1, last_error = ?, next_attempt_at = ?", truncate(error),
                DatabaseClock.at(databaseClock.now().plus(delay)));
    }

    /** Gives the row back without counting an attempt: Telegram asked to wait, or this instance stops. */
    void release(long id) {
        finish(id, "next_attempt_at = null");
    }

    /**
     * The person blocked the bot: this row and every row still pending for their chat fail.
     *
     * @return the reference keys of those other rows, whose watchers are to hear of it
     */
    List<String> unreachable(long id, long chatId, String error) {
        return tx.execute(status -> {
            failed(id, error);
            List<String> refKeys = jdbc.queryForList("select ref_key from outbox_message where chat_id = ? "
                    + "and status = 'PENDING' and ref_key is not null order by id", String.class, chatId);
            jdbc.update("delete from outbox_message where chat_id = ? and status = 'PENDING' and forget_after_send = 'ROW'",
                    chatId);
            jdbc.update("update outbox_message set status = 'FAILED', last_error = ? where chat_id = ? and status = 'PENDING'",
                    truncate(error), chatId);
            return refKeys;
        });
    }

    private void finish(long id, String assignments, Object... values) {
        List<Object> arguments = new ArrayList<>(Arrays.asList(values));
        arguments.add(id);
        arguments.add(instance);
        jdbc.update("update outbox_message set " + assignments + ", claimed_by = null, claimed_until = null "
                + "where id = ? and claimed_by = ?", arguments.toArray());
        claimed.remove(id);
    }

    private Map<Long, Instant> chatPaces(List<Candidate> candidates) {
        List<String> buckets = candidates.stream().filter(Candidate::paced).map(c -> Pace.chatBucket(c.chatId())).distinct()
                .toList();
        Map<Long, Instant> next = new HashMap<>();
        if (buckets.isEmpty()) {
            return next;
        }
        jdbc.query("select bucket, next_at from send_pace where bucket in ("
                        + String.join(",", Collections.nCopies(buckets.size(), "?")) + ")",
                rs -> {
                    next.put(Long.parseLong(rs.getString(1).substring(Pace.CHAT_BUCKET.length())),
                            rs.getObject(2, OffsetDateTime.class).toInstant());
                }, buckets.toArray());
        return next;
    }

    private void savePace(String bucket, Instant next) {
        if (jdbc.update("update send_pace set next_at = ? where bucket = ?", DatabaseClock.at(next), bucket) == 0) {
            jdbc.update("insert into send_pace (bucket, next_at) values (?, ?)", bucket, DatabaseClock.at(next));
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }
}
