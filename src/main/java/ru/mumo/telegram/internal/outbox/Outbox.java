package ru.mumo.telegram.internal.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.mumo.telegram.internal.outbox.OutboxMessage.Kind;

/**
 * Records what to send to Telegram in the caller's transaction. Nothing is sent here: the
 * {@link OutboxSender} sends after commit, so a rolled-back decision never reaches a phone and a committed one
 * always does. A button's answer, which is no message, goes right after the commit ({@link #answer}).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Outbox {

    /** Telegram's limit for one message's text. */
    static final int MAX_TEXT = 4096;

    private final OutboxMessages messages;
    private final ObjectMapper json;
    private final Clock clock;
    private final OutboxSender sender;
    private final JdbcTemplate jdbc;
    private final ButtonAnswers answers;
    /** For an answer queued after the commit that decided it, when that transaction is over. */
    private final TransactionTemplate ownTransaction;

    Outbox(OutboxMessages messages, ObjectMapper telegramObjectMapper, Clock clock, OutboxSender sender,
            JdbcTemplate jdbc, ButtonAnswers answers, PlatformTransactionManager transactions) {
        this.messages = messages;
        this.answers = answers;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.json = telegramObjectMapper;
        this.clock = clock;
        this.sender = sender;
    }

    public void send(long chatId, String text, Keyboard keyboard) {
        send(chatId, text, keyboard, null);
    }

    /**
     * Sends a message; a text longer than Telegram allows goes as several messages split at line breaks, the
     * keyboard under the last. {@code refKey} names the message so that it can later be edited in place.
     */
    public void send(long chatId, String text, Keyboard keyboard, String refKey) {
        List<String> parts = split(text);
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            save(Kind.MESSAGE, chatId, Payload.message(parts.get(i), last ? keyboard : null), null,
                    last ? refKey : null);
        }
    }

    public void edit(long chatId, long messageId, String text, Keyboard keyboard) {
        save(Kind.EDIT, chatId, Payload.edit(messageId, truncate(text), keyboard), null, null);
    }

    /**
     * Edits the message last sent under {@code refKey}, once that message has been sent. An edit of it still waiting
     * (not yet taken by a sender) is replaced by this one rather than followed by it: a live list changed many times a
     * second costs about one edit per chat interval, within the chat's limit, and the chat's other messages do not
     * queue behind a train of edits.
     *
     * @return the edit's row (the waiting one that now carries this text, or a new one)
     */
    public long editByRef(long chatId, String refKey, String text, Keyboard keyboard) {
        String payload = write(Payload.editByRef(refKey, truncate(text), keyboard));
        Long waiting = waitingEdit(chatId, refKey);
        if (waiting != null && messages.replacePayload(waiting, payload) == 1) {
            return waiting;
        }
        return save(Kind.EDIT, chatId, payload, null, null, refKey);
    }

    /**
     * Answers a button press once the transaction commits, at once and not through the outbox ({@link ButtonAnswers}):
     * kept out of the chat's sequence because the person waits for it with a spinning button. Nothing is answered for a
     * decision rolled back.
     */
    public void answer(String callbackQueryId, String text, boolean alert) {
        Payload answer = Payload.answer(callbackQueryId, text, alert);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                if (answers.answerNow(answer)) {
                    try {
                        ownTransaction.executeWithoutResult(status -> save(Kind.ANSWER, null, answer, null, null));
                    } catch (RuntimeException unsaved) {
                        answers.lost(unsaved);
                    }
                }
            }
        });
    }

    public void document(long chatId, String fileName, byte[] content, String caption) {
        save(Kind.DOCUMENT, chatId, Payload.document(fileName, caption), content, null);
    }

    /**
     * Sends a file Telegram already has (one a person sent the bot) by its file_id, without the bytes; {@code refKey}
     * names the message as for {@link #send(long, String, Keyboard, String)}.
     */
    public void storedDocument(long chatId, String fileId, String caption, String refKey) {
        save(Kind.DOCUMENT, chatId, Payload.storedDocument(fileId, caption), null, refKey);
    }

    /** Sets the command menu of one chat, or the default menu when {@code chatId} is {@code null}. */
    public void menu(Long chatId, String languageCode, List<MenuItem> commands) {
        save(Kind.MENU, null, Payload.menu(chatId, languageCode, commands), null, null);
    }

    private long save(Kind kind, Long chatId, Payload payload, byte[] document, String refKey) {
        return save(kind, chatId, write(payload), document, refKey, null);
    }

    private long save(Kind kind, Long chatId, String payload, byte[] document, String refKey, String editOf) {
        OutboxMessage row = messages.save(new OutboxMessage(kind, chatId, payload, document, refKey, editOf,
                clock.instant()));
        wakeSenderAfterCommit();
        return row.getId();
    }

    /**
     * The newest edit of the same message that waits unclaimed, unless a newer message went out under that reference
     * since (the edit must reach the newest one). The row is locked, skipping one a sender is claiming, so a sender
     * never sends a payload half replaced; null when none qualifies, and the caller queues a new edit.
     */
    private Long waitingEdit(long chatId, String refKey) {
        List<Long> waiting = jdbc.queryForList("""
                select o.id from outbox_message o
                where o.edit_of = ? and o.chat_id = ? and o.status = 'PENDING' and o.claimed_by is null
                  and not exists (select 1 from outbox_message n where n.ref_key = o.edit_of and n.id > o.id)
                order by o.id desc
                fetch first 1 rows only
                for update skip locked""", Long.class, refKey, chatId);
        return waiting.isEmpty() ? null : waiting.get(0);
    }

    private String write(Payload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise an outbox payload", e);
        }
    }

    private void wakeSenderAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.wake();
                }
            });
        }
    }

    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > MAX_TEXT) {
            int cut = rest.lastIndexOf('\n', MAX_TEXT);
            if (cut <= 0) {
                cut = MAX_TEXT;
            }
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        parts.add(rest);
        return parts;
    }

    private static String truncate(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
