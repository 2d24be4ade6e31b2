package ru.mumo.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** A message of a chat, mutable because edits and deletion change it in place. Guarded by the {@link World}. */
final class StoredMessage {

    final long chatId;
    final long messageId;
    final long date;
    final boolean fromBot;
    final StoredDocument document;
    /** The text, or the caption of a document (then possibly empty). */
    FormattedText content;
    /** An InlineKeyboardMarkup, null if none. */
    JsonNode inlineMarkup;
    /** The MessageOrigin of a message the user forwarded, null if it is their own. */
    JsonNode forwardOrigin;
    int editCount;
    long editDate;
    boolean deleted;

    StoredMessage(long chatId, long messageId, long date, boolean fromBot, FormattedText content,
                  JsonNode inlineMarkup, StoredDocument document) {
        this.chatId = chatId;
        this.messageId = messageId;
        this.date = date;
        this.fromBot = fromBot;
        this.content = content;
        this.inlineMarkup = inlineMarkup;
        this.document = document;
    }
}
