package ru.mumo.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static ru.mumo.emulator.internal.FormattedText.byteOffset;

/**
 * parse_mode=HTML, ported from TDLib's parse_html so that what Telegram rejects is rejected here with the
 * same words. Notably a bare "&" or an unknown "&name;" is kept literally (Telegram accepts it), while any
 * "<" that does not open a supported tag is an error.
 */
final class HtmlParser {

    private static final Set<String> TAGS = Set.of("a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins",
            "tg-spoiler", "tg-emoji", "tg-time", "span", "pre", "code", "blockquote");

    private record Open(String tag, String argument, long date, int offset) {
    }

    private final String src;
    private final int n;
    private final StringBuilder out = new StringBuilder();
    private final FormattedText.Entities entities = new FormattedText.Entities();
    private final List<Open> nested = new ArrayList<>();
    private int i;

    private HtmlParser(String src) {
        this.src = src;
        this.n = src.length();
    }

    static FormattedText parse(String src) throws FormattedText.ParseError {
        return new HtmlParser(src).run();
    }

    private char at(int index) {
        return index < n ? src.charAt(index) : '\0';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\0' || c == 0x0B || c == '\f';
    }

    private FormattedText.ParseError error(String message) {
        return new FormattedText.ParseError(message);
    }

    private FormattedText run() throws FormattedText.ParseError {
        for (i = 0; i < n; i++) {
            char c = src.charAt(i);
            if (c == '&') {
                int[] end = new int[1];
                int code = decodeEntity(src, i, end);
                if (code != 0) {
                    out.appendCodePoint(code);
                    i = end[0] - 1;
                    continue;
                }
            }
            if (c != '<') {
                out.append(c);
                continue;
            }
            int begin = i++;
            if (at(i) != '/') {
                openTag(begin);
            } else {
                closeTag(begin);
            }
        }
        if (!nested.isEmpty()) {
            throw error("Can't find end tag corresponding to start tag \"" + nested.get(nested.size() - 1).tag() + "\"");
        }
        List<ObjectNode> result = entities.sorted();
        result.stream().filter(e -> e.path("type").asText().equals("code")).forEach(e -> e.remove("language"));
        return new FormattedText(out.toString(), result);
    }

    private void openTag(int begin) throws FormattedText.ParseError {
        while (!isSpace(at(i)) && at(i) != '>') {
            i++;
        }
        if (i >= n) {
            throw error("Unclosed start tag at byte offset " + byteOffset(src, begin));
        }
        String tag = src.substring(begin + 1, i).toLowerCase(Locale.ROOT);
        if (!TAGS.contains(tag)) {
            throw error("Unsupported start tag \"" + tag + "\" at byte offset " + byteOffset(src, begin));
        }
        String argument = "";
        long date = 0;
        while (at(i) != '>') {
            while (i < n && isSpace(at(i))) {
                i++;
            }
            if (at(i) == '>') {
                break;
            }
            int attributeBegin = i;
            while (!isSpace(at(i)) && at(i) != '=' && at(i) != '>' && at(i) != '/' && at(i) != '"' && at(i) != '\'') {
                i++;
            }
            String attribute = src.substring(attributeBegin, i);
            if (attribute.isEmpty()) {
                throw error("Empty attribute name in the tag \"" + tag + "\" at byte offset " + byteOffset(src, begin));
            }
            while (i < n && isSpace(at(i))) {
                i++;
            }
            if (at(i) != '=') {
                if (i >= n) {
                    throw error("Unclosed start tag \"" + tag + "\" at byte offset " + byteOffset(src, begin));
                }
                if (tag.equals("blockquote") && attribute.equals("expandable")) {
                    argument = "1";
                }
                continue;
            }
            i++;
            while (i < n && isSpace(at(i))) {
                i++;
            }
            if (i >= n) {
                throw error("Unclosed start tag \"" + tag + "\" at byte offset " + byteOffset(src, begin));
            }
            String value = attributeValue();
            if (i >= n) {
                throw error("Unclosed start tag at byte offset " + byteOffset(src, begin));
            }
            if (tag.equals("a") && attribute.equals("href")) {
                argument = value;
            } else if (tag.equals("code") && attribute.equals("class") && value.startsWith("language-")) {
                argument = value.substring("language-".length());
            } else if (tag.equals("span") && attribute.equals("class") && value.startsWith("tg-")) {
                argument = value.substring("tg-".length());
            } else if (tag.equals("tg-emoji") && attribute.equals("emoji-id")) {
                argument = value;
            } else if (tag.equals("blockquote") && attribute.equals("expandable")) {
                argument = "1";
            } else if (tag.equals("tg-time") && attribute.equals("unix")) {
                date = parseLongOrZero(value);
            } else if (tag.equals("tg-time") && attribute.equals("format")) {
                argument = value;
            }
        }
        if (tag.equals("span") && !argument.equals("spoiler")) {
            throw error("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + byteOffset(src, begin));
        }
        nested.add(new Open(tag, argument, date, out.length()));
    }

    private String attributeValue() throws FormattedText.ParseError {
        if (at(i) != '\'' && at(i) != '"') {
            // A name token: letters, digits, periods or hyphens; not case sensitive.
            int tokenBegin = i;
            while (isAsciiLetter(at(i)) || (at(i) >= '0' && at(i) <= '9') || at(i) == '.' || at(i) == '-') {
                i++;
            }
            if (!isSpace(at(i)) && at(i) != '>') {
                throw error("Unexpected end of name token at byte offset " + byteOffset(src, tokenBegin));
            }
            return src.substring(tokenBegin, i).toLowerCase(Locale.ROOT);
        }
        char quote = at(i++);
        StringBuilder value = new StringBuilder();
        while (i < n && at(i) != quote) {
            if (at(i) == '&') {
                int[] end = new int[1];
                int code = decodeEntity(src, i, end);
                if (code != 0) {
                    value.appendCodePoint(code);
                    i = end[0];
                    continue;
                }
            }
            value.append(at(i++));
        }
        if (at(i) == quote) {
            i++;
        }
        return value.toString();
    }

    private void closeTag(int begin) throws FormattedText.ParseError {
        if (nested.isEmpty()) {
            throw error("Unexpected end tag at byte offset " + byteOffset(src, begin));
        }
        while (!isSpace(at(i)) && at(i) != '>') {
            i++;
        }
        String endTag = src.substring(begin + 2, Math.max(begin + 2, i)).toLowerCase(Locale.ROOT);
        while (i < n && isSpace(at(i))) {
            i++;
        }
        if (at(i) != '>') {
            throw error("Unclosed end tag at byte offset " + byteOffset(src, begin));
        }
        Open open = nested.remove(nested.size() - 1);
        if (!endTag.isEmpty() && !endTag.equals(open.tag())) {
            throw error("Unmatched end tag at byte offset " + byteOffset(src, begin) + ", expected \"</" + open.tag()
                    + ">\", found \"</" + endTag + ">\"");
        }
        if (out.length() > open.offset()) {
            addEntity(open);
        }
    }

    private void addEntity(Open open) throws FormattedText.ParseError {
        int offset = open.offset();
        int length = out.length() - offset;
        ObjectNode last = entities.last();
        boolean sameSpanAsLast = last != null && last.path("offset").asInt() == offset
                && last.path("length").asInt() == length;
        switch (open.tag()) {
            case "i", "em" -> entities.add("italic", offset, length);
            case "b", "strong" -> entities.add("bold", offset, length);
            case "s", "strike", "del" -> entities.add("strikethrough", offset, length);
            case "u", "ins" -> entities.add("underline", offset, length);
            case "tg-spoiler", "span" -> entities.add("spoiler", offset, length);
            case "blockquote" -> entities.add(open.argument().isEmpty() ? "blockquote" : "expandable_blockquote",
                    offset, length);
            case "tg-emoji" -> {
                if (parseLongOrZero(open.argument()) == 0) {
                    throw error("Invalid custom emoji identifier specified");
                }
                entities.add("custom_emoji", offset, length).put("custom_emoji_id", open.argument());
            }
            case "tg-time" -> {
                if (open.date() > 0) {
                    ObjectNode entity = entities.add("date_time", offset, length).put("unix_time", open.date());
                    if (!open.argument().isEmpty()) {
                        entity.put("date_time_format", open.argument());
                    }
                }
            }
            case "a" -> {
                String url = open.argument().isEmpty() ? out.substring(offset) : open.argument();
                if (!url.isEmpty()) {
                    entities.add("text_link", offset, length).put("url", url);
                }
            }
            case "pre" -> {
                if (sameSpanAsLast && last.path("type").asText().equals("code") && last.has("language")) {
                    last.put("type", "pre");
                } else {
                    entities.add("pre", offset, length);
                }
            }
            case "code" -> {
                if (sameSpanAsLast && last.path("type").asText().equals("pre") && !open.argument().isEmpty()) {
                    last.put("language", open.argument());
                } else {
                    // Kept until the end: an enclosing <pre> turns it into a pre block with that language.
                    ObjectNode code = entities.add("code", offset, length);
                    if (!open.argument().isEmpty()) {
                        code.put("language", open.argument());
                    }
                }
            }
            default -> throw new IllegalStateException(open.tag());
        }
    }

    private static long parseLongOrZero(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * @return the code point of the HTML entity at {@code pos}, 0 if it is not one Telegram knows
     * (then the "&" is literal); {@code end[0]} receives the index after it
     */
    static int decodeEntity(String text, int pos, int[] end) {
        int n = text.length();
        int endPos = pos + 1;
        int result = 0;
        if (endPos < n && text.charAt(endPos) == '#') {
            endPos++;
            if (endPos < n && text.charAt(endPos) == 'x') {
                endPos++;
                while (endPos < n && Character.digit(text.charAt(endPos), 16) >= 0 && result < 0x110000) {
                    result = result * 16 + Character.digit(text.charAt(endPos++), 16);
                }
            } else {
                while (endPos < n && text.charAt(endPos) >= '0' && text.charAt(endPos) <= '9' && result < 0x110000) {
                    result = result * 10 + (text.charAt(endPos++) - '0');
                }
            }
            if (result == 0 || result >= 0x10ffff || endPos - pos >= 10) {
                return 0;
            }
        } else {
            while (endPos < n && isAsciiLetter(text.charAt(endPos))) {
                endPos++;
            }
            switch (text.substring(pos + 1, endPos)) {
                case "lt" -> result = '<';
                case "gt" -> result = '>';
                case "amp" -> result = '&';
                case "quot" -> result = '"';
                default -> {
                    return 0;
                }
            }
        }
        end[0] = endPos < n && text.charAt(endPos) == ';' ? endPos + 1 : endPos;
        return result;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
