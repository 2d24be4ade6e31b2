package ru.mumo.emulator.internal;

/** A file the bot uploaded; kept by file_id so it can be sent again by id, as Telegram allows. */
record StoredDocument(String fileId, String fileUniqueId, String fileName, String mimeType, byte[] bytes) {
}
