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

    /** Edits the message last sent under {@code refKey}, once that message has been sent. */
    public void editByRef(long chatId, String refKey, String text, Keyboard keyboard) {
        save(Kind.EDIT, chatId, Payload.editByRef(refKey, truncate(text), keyboard), null, null);
    }

    /** Answers a button press; kept out of the chat's sequence because Telegram wants it within seconds. */
    public void answer(String callbackQueryId, String text, boolean alert) {
        save(Kind.ANSWER, null, Payload.answer(callbackQueryId, text, alert), null, null);
    }

    public void document(long chatId, String fileName, byte[] content, String caption) {
        save(Kind.DOCUMENT, chatId, Payload.document(fileName, caption), content, null);
    }

    /** Sets the command menu of one chat, or the default menu when {@code chatId} is {@code null}. */
    public void menu(Long chatId, String languageCode, List<MenuItem> commands) {
        save(Kind.MENU, null, Payload.menu(chatId, languageCode, commands), null, null);
    }

    private void save(Kind kind, Long chatId, Payload payload, byte[] document, String refKey) {
        try {
            messages.save(new OutboxMessage(kind, chatId, json.writeValueAsString(payload), document, refKey,
                    clock.instant()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise an outbox payload", e);
        }
        wakeSenderAfterCommit();
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
