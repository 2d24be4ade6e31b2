package ru.mumo.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A message text after entity parsing: what the user sees plus MessageEntity objects (offsets in UTF-16
 * code units, as in Java strings), the way TDLib turns text + parse_mode into a message.
 */
public record FormattedText(String text, List<ObjectNode> entities) {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Applies parse_mode or explicit entities, then trims like TDLib (which is why "Hi " edited to "Hi" is
     * "not modified").
     *
     * @throws ApiException "can't parse entities: ..." or "Unsupported parse_mode"
     */
    public static FormattedText parse(String raw, String parseMode, JsonNode explicitEntities) throws ApiException {
        FormattedText parsed;
        String mode = parseMode == null ? "" : parseMode.toLowerCase(Locale.ROOT);
        try {
            parsed = switch (mode) {
                case "", "none" -> new FormattedText(raw, explicit(explicitEntities));
                case "html" -> HtmlParser.parse(raw);
                case "markdownv2" -> MarkdownV2Parser.parse(raw);
                case "markdown" -> MarkdownParser.parse(raw);
                default -> throw ApiException.badRequest("unsupported parse_mode");
            };
        } catch (ParseError e) {
            throw ApiException.badRequest("can't parse entities: " + e.getMessage());
        }
        return parsed.trimmed();
    }

    private static List<ObjectNode> explicit(JsonNode entities) {
        List<ObjectNode> result = new ArrayList<>();
        if (entities != null && entities.isArray()) {
            entities.forEach(e -> result.add((ObjectNode) e.deepCopy()));
        }
        return result;
    }

    private FormattedText trimmed() {
        int end = text.length();
        while (end > 0 && isTrimmable(text.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        int firstEntity = entities.stream().mapToInt(e -> e.path("offset").asInt()).min().orElse(end);
        while (start < Math.min(end, firstEntity) && (text.charAt(start) == ' ' || text.charAt(start) == '\n')) {
            start++;
        }
        List<ObjectNode> kept = new ArrayList<>();
        for (ObjectNode entity : entities) {
            int offset = entity.path("offset").asInt() - start;
            int entityEnd = Math.min(offset + entity.path("length").asInt(), end - start);
            if (offset < end - start && entityEnd > offset) {
                ObjectNode copy = entity.deepCopy();
                copy.put("offset", offset);
                copy.put("length", entityEnd - offset);
                kept.add(copy);
            }
        }
        return new FormattedText(text.substring(start, end), kept);
    }

    private static boolean isTrimmable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    public int lengthInCharacters() {
        return text.codePointCount(0, text.length());
    }

    public ArrayNode entitiesJson() {
        ArrayNode array = NODES.arrayNode();
        entities.forEach(array::add);
        return array;
    }

    /** Signals malformed markup; the message becomes the Bot API's "can't parse entities: ..." detail. */
    static final class ParseError extends Exception {
        ParseError(String message) {
            super(message, null, false, false);
        }
    }

    /** Collects entities while a parser walks the text; keeps TDLib's order (by offset, longer first). */
    static final class Entities {
        private final List<ObjectNode> list = new ArrayList<>();

        ObjectNode add(String type, int offset, int length) {
            ObjectNode entity = NODES.objectNode();
            entity.put("type", type);
            entity.put("offset", offset);
            entity.put("length", length);
            list.add(entity);
            return entity;
        }

        ObjectNode last() {
            return list.isEmpty() ? null : list.get(list.size() - 1);
        }

        List<ObjectNode> sorted() {
            list.sort(Comparator.<ObjectNode>comparingInt(e -> e.path("offset").asInt())
                    .thenComparing(e -> -e.path("length").asInt()));
            return list;
        }
    }

    /** Offsets in error messages are UTF-8 byte offsets into the original text, as TDLib reports them. */
    static int byteOffset(String source, int charIndex) {
        return source.substring(0, Math.min(charIndex, source.length())).getBytes(StandardCharsets.UTF_8).length;
    }
}
