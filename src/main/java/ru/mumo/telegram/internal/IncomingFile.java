package ru.mumo.telegram.internal;

/**
 * A file a person sent or forwarded to the bot as a document. The bot keeps only Telegram's {@code fileId}, by
 * which it sends the same file on to others without downloading it.
 */
public record IncomingFile(String fileId, String fileName, String mimeType, Long size) {

    /** Telegram leaves the name out for some clients' files; a name is what members see in a list. */
    public String displayName() {
        return fileName == null || fileName.isBlank() ? fileId.substring(0, Math.min(12, fileId.length())) : fileName;
    }
}
