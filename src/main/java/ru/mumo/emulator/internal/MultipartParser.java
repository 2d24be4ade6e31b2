package ru.mumo.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough of RFC 7578 for what HTTP clients of the Bot API send. */
final class MultipartParser {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");
    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private MultipartParser() {
    }

    static void parse(String contentType, byte[] body, Map<String, JsonNode> params, Map<String, UploadedFile> files)
            throws ApiException {
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw ApiException.badRequest("multipart boundary is not specified");
        }
        byte[] delimiter = ("--" + (m.group(1) != null ? m.group(1) : m.group(2))).getBytes(StandardCharsets.US_ASCII);
        int start = indexOf(body, delimiter, 0);
        if (start < 0) {
            throw ApiException.badRequest("multipart body has no parts");
        }
        int cursor = start + delimiter.length;
        while (cursor + 1 < body.length && !(body[cursor] == '-' && body[cursor + 1] == '-')) {
            int headersStart = cursor + 2; // skip CRLF after the delimiter
            int headersEnd = indexOf(body, HEADER_END, headersStart);
            int next = indexOf(body, delimiter, headersStart);
            if (headersEnd < 0 || next < 0 || headersEnd > next) {
                throw ApiException.badRequest("malformed multipart body");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(body, headersEnd + HEADER_END.length, next - 2); // CRLF before delimiter
            addPart(headers, content, params, files);
            cursor = next + delimiter.length;
        }
    }

    private static void addPart(String headers, byte[] content, Map<String, JsonNode> params,
                                Map<String, UploadedFile> files) throws ApiException {
        String disposition = header(headers, "content-disposition");
        Matcher name = NAME.matcher(disposition);
        if (!name.find()) {
            throw ApiException.badRequest("multipart part without a name");
        }
        Matcher fileName = FILE_NAME.matcher(disposition);
        if (fileName.find()) {
            String type = header(headers, "content-type");
            files.put(name.group(1), new UploadedFile(name.group(1), fileName.group(1),
                    type.isEmpty() ? "application/octet-stream" : type, content));
        } else {
            params.put(name.group(1), TextNode.valueOf(new String(content, StandardCharsets.UTF_8)));
        }
    }

    private static String header(String headers, String wanted) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(wanted)) {
                return line.substring(colon + 1).trim();
            }
        }
        return "";
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
