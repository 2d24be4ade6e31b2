package ru.mumo.telegram.internal.outbox;

import java.util.Collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.mumo.telegram.internal.ChatForgotten;

/**
 * What the outbox keeps of a person who withdrew consent. Their own chat's rows are deleted, sent or not, with the
 * chat's sending pace; the few written to it later in the same transaction (the confirmation of /forget, the reset
 * menu) are sent and then deleted. Other people's messages are never rewritten: a copy of one that named the
 * person (a notice to the chair, a member list, a card) loses its stored text if it was delivered already, and once
 * it is delivered if it is still on its way. A row itself stays, so later edits by reference still find it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class OutboxErasure {

    /** Shorter texts would match ordinary words in other people's messages. */
    private static final int MIN_LENGTH = 3;
    private static final String OWN_ROWS = "(chat_id = ? or (kind = 'MENU' and (payload like ? or payload like ?)))";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    OutboxErasure(JdbcTemplate jdbc, ObjectMapper telegramObjectMapper) {
        this.jdbc = jdbc;
        this.json = telegramObjectMapper;
    }

    @EventListener
    void on(ChatForgotten event) {
        long chatId = event.chatId();
        jdbc.update("delete from outbox_message where " + OWN_ROWS, own(chatId));
        jdbc.update("delete from send_pace where bucket = ?", Pace.chatBucket(chatId));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    jdbc.update("update outbox_message set forget_after_send = 'ROW' where " + OWN_ROWS, own(chatId));
                }
            });
        }
    }

    /** Drops the stored text of every message that contains one of {@code values}, now or once it is delivered. */
    public void dropCopies(Collection<String> values) {
        for (String value : values) {
            if (value == null || value.strip().length() < MIN_LENGTH) {
                continue;
            }
            String pattern = "%" + likeEscaped(jsonEscaped(value)) + "%";
            jdbc.update("update outbox_message set payload = '{}', document = null "
                    + "where status <> 'PENDING' and payload like ? escape '\\'", pattern);
            jdbc.update("update outbox_message set forget_after_send = 'TEXT' "
                    + "where status = 'PENDING' and forget_after_send is null and payload like ? escape '\\'", pattern);
        }
    }

    /** The chat's rows: its messages, and the menu set for it, which Telegram scopes by the chat in the payload. */
    private static Object[] own(long chatId) {
        return new Object[] {chatId, "%\"scopeChatId\":" + chatId + "}%", "%\"scopeChatId\":" + chatId + ",%"};
    }

    /** The value as the JSON payload spells it, without the surrounding quotes. */
    private String jsonEscaped(String value) {
        try {
            String quoted = json.writeValueAsString(value);
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
