package ru.mumo.telegram.internal.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.mumo.telegram.internal.outbox.OutboxMessage.Kind;

/**
 * Records what to send to Telegram in the caller's transaction. Nothing is sent here: the
 * {@link OutboxSender} sends after commit, so a rolled-back decision never reaches a phone and a committed one
 * always does.
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

    Outbox(OutboxMessages messages, ObjectMapper telegramObjectMapper, Clock clock, OutboxSender sender) {
        this.messages = messages;
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
     * Edits the message last sent under {@code refKey}, once that message has been sent.
     *
     * @return the edit's row, which {@link #replacePending} may still change while it waits
     */
    public long editByRef(long chatId, String refKey, String text, Keyboard keyboard) {
        return save(Kind.EDIT, chatId, Payload.editByRef(refKey, truncate(text), keyboard), null, null);
    }

    /**
     * Gives an edit that is still waiting (no sender has claimed it) a newer text, so that a message edited in
     * place often, such as a delivery report, is edited once with the latest text instead of once per change.
     *
     * @return {@code false} if the edit was claimed or sent meanwhile: make a new one
     */
    public boolean replacePending(long editId, String text, Keyboard keyboard) {
        OutboxMessage row = messages.findById(editId).orElse(null);
        if (row == null || row.getKind() != Kind.EDIT) {
            return false;
        }
        String refKey = read(row.getPayload()).editRefKey();
        return messages.replacePayload(editId, write(Payload.editByRef(refKey, truncate(text), keyboard))) == 1;
    }

    /** Answers a button press; kept out of the chat's sequence because Telegram wants it within seconds. */
    public void answer(String callbackQueryId, String text, boolean alert) {
        save(Kind.ANSWER, null, Payload.answer(callbackQueryId, text, alert), null, null);
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
        OutboxMessage row = messages.save(new OutboxMessage(kind, chatId, write(payload), document, refKey,
                clock.instant()));
        wakeSenderAfterCommit();
        return row.getId();
    }

    private String write(Payload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise an outbox payload", e);
        }
    }

    private Payload read(String payload) {
        try {
            return json.readValue(payload, Payload.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable outbox payload", e);
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
