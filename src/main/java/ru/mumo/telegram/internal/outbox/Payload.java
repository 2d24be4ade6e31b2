package ru.mumo.telegram.internal.outbox;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What one outbox row asks Telegram to do; which fields are set depends on the row's kind. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Payload(
        String text,
        Keyboard keyboard,
        Long messageId,
        String callbackQueryId,
        Boolean alert,
        String fileName,
        String languageCode,
        List<MenuItem> commands,
        String editRefKey,
        Long scopeChatId,
        String fileId) {

    static Payload message(String text, Keyboard keyboard) {
        return new Payload(text, keyboard, null, null, null, null, null, null, null, null, null);
    }

    static Payload edit(long messageId, String text, Keyboard keyboard) {
        return new Payload(text, keyboard, messageId, null, null, null, null, null, null, null, null);
    }

    static Payload editByRef(String refKey, String text, Keyboard keyboard) {
        return new Payload(text, keyboard, null, null, null, null, null, null, refKey, null, null);
    }

    static Payload answer(String callbackQueryId, String text, boolean alert) {
        return new Payload(text, null, null, callbackQueryId, alert, null, null, null, null, null, null);
    }

    static Payload document(String fileName, String caption) {
        return new Payload(caption, null, null, null, null, fileName, null, null, null, null, null);
    }

    /** A file Telegram already has, sent again by its file_id. */
    static Payload storedDocument(String fileId, String caption) {
        return new Payload(caption, null, null, null, null, null, null, null, null, null, fileId);
    }

    static Payload menu(Long scopeChatId, String languageCode, List<MenuItem> commands) {
        return new Payload(null, null, null, null, null, null, languageCode, commands, null, scopeChatId, null);
    }
}
