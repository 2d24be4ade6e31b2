package ru.mumo.emulator.internal;

import java.util.UUID;

/**
 * A file the bot uploaded or a user sent it; kept by file_id so the bot can send it again by id, as Telegram allows.
 */
record StoredDocument(String fileId, String fileUniqueId, String fileName, String mimeType, byte[] bytes) {

    /** A new file with ids of Telegram's shape: a long file_id, a short file_unique_id. */
    static StoredDocument create(String fileName, String mimeType, byte[] bytes) {
        String id = UUID.randomUUID().toString().replace("-", "");
        return new StoredDocument("BQACAgIAAxkBAAI" + id, "AgAD" + id.substring(0, 12), fileName, mimeType, bytes);
    }
}
