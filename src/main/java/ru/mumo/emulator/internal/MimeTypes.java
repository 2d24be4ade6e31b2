package ru.mumo.emulator.internal;

import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;

/**
 * Telegram decides a document's mime_type from its file name unless told not to; clients such as
 * TelegramBots upload everything as application/octet-stream.
 */
final class MimeTypes {

    private static final String BINARY = "application/octet-stream";
    private static final Map<String, String> COMMON = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"),
            Map.entry("ics", "text/calendar"),
            Map.entry("json", "application/json"),
            Map.entry("zip", "application/zip"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"));

    private MimeTypes() {
    }

    /** What a Telegram app declares for a file it sends: the type its name suggests. */
    static String of(String fileName) {
        return of(fileName, null, false);
    }

    static String of(String fileName, String declared, boolean detectionDisabled) {
        String declaredType = declared == null ? BINARY : declared.split(";")[0].trim();
        if (detectionDisabled) {
            return declaredType;
        }
        int dot = fileName.lastIndexOf('.');
        String byName = dot < 0 ? null : COMMON.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (byName == null) {
            byName = URLConnection.guessContentTypeFromName(fileName);
        }
        return byName != null ? byName : declaredType;
    }
}
