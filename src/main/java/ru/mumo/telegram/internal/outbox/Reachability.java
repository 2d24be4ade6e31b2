package ru.mumo.telegram.internal.outbox;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.ChatForgotten;

/**
 * Which chats the bot may write to: one whose person blocked the bot (Telegram answered 403) is left alone until
 * they write again. A fact of delivery, so the adapter keeps it rather than the membership.
 */
@Component
public class Reachability {

    private final JdbcTemplate jdbc;

    Reachability(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isUnreachable(long chatId) {
        return jdbc.queryForObject("select count(*) from unreachable_chat where chat_id = ?", Long.class, chatId) > 0;
    }

    /** Telegram said the chat blocked the bot ({@code reachable=false}) or its person wrote again ({@code true}). */
    public void markReachable(long chatId, boolean reachable) {
        if (reachable) {
            jdbc.update("delete from unreachable_chat where chat_id = ?", chatId);
        } else if (!isUnreachable(chatId)) {
            jdbc.update("insert into unreachable_chat (chat_id) values (?)", chatId);
        }
    }

    @EventListener
    void on(ChatForgotten event) {
        markReachable(event.chatId(), true);
    }
}
