package ru.mumo.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * A message the bot sent, in its current state (after edits; a deleted message stays with {@code deleted}).
 *
 * @param text     the text as the user sees it (after parse_mode), null for a document
 * @param entities MessageEntity objects of the text or caption, an empty array if none
 * @param keyboard the inline keyboard, rows of buttons; empty if none
 * @param document the sent file, null for a text message
 * @param caption  the document caption after parse_mode, null if none
 */
public record BotMessage(long chatId, long messageId, String text, JsonNode entities, List<List<Button>> keyboard,
                         Document document, String caption, int editCount, boolean deleted) {

    /** An inline keyboard button; exactly one of callbackData and url is set for the buttons a bot usually sends. */
    public record Button(String text, String callbackData, String url) {
    }

    public record Document(String fileId, String fileName, String mimeType, byte[] bytes) {
    }

    public Optional<Button> button(String text) {
        return keyboard.stream().flatMap(List::stream).filter(b -> b.text().equals(text)).findFirst();
    }

    public List<String> buttonTexts() {
        return keyboard.stream().flatMap(List::stream).map(Button::text).toList();
    }
}
