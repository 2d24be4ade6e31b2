package ru.mumo.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ru.mumo.emulator.internal.FormattedText.byteOffset;

/**
 * parse_mode=MarkdownV2, ported from TDLib's parse_markdown_v2: every reserved character outside an entity
 * must be escaped, which is the classic way a bot's message with a "." or "-" in it gets rejected.
 */
final class MarkdownV2Parser {

    private static final String RESERVED = "_*[]()~`>#+-=|{}.!\n";
    private static final Pattern EMOJI_URL = Pattern.compile("tg://emoji\\?id=(\\d+)");
    private static final Pattern TIME_URL = Pattern.compile("tg://time\\?unix=(\\d+)(?:&format=(\\w*))?");

    private enum Kind {
        BOLD("Bold"), ITALIC("Italic"), UNDERLINE("Underline"), STRIKETHROUGH("Strikethrough"),
        SPOILER("Spoiler"), CODE("Code"), PRE("Pre"), PRE_CODE("PreCode"), TEXT_URL("TextUrl"),
        CUSTOM_EMOJI("CustomEmoji"), BLOCKQUOTE("BlockQuote"), EXPANDABLE_BLOCKQUOTE("ExpandableBlockQuote");

        /** TDLib's name of the entity type, used in its error messages. */
        final String tdName;

        Kind(String tdName) {
            this.tdName = tdName;
        }
    }

    private record Open(Kind kind, String argument, int offset, int sourceIndex) {
    }

    private final String src;
    private final int n;
    private final StringBuilder out = new StringBuilder();
    private final FormattedText.Entities entities = new FormattedText.Entities();
    private final List<Open> nested = new ArrayList<>();
    private boolean haveBlockquote;
    private boolean canStartBlockquote = true;
    private int i;

    private MarkdownV2Parser(String src) {
        this.src = src;
        this.n = src.length();
    }

    static FormattedText parse(String src) throws FormattedText.ParseError {
        return new MarkdownV2Parser(src).run();
    }

    private char at(int index) {
        return index < n ? src.charAt(index) : '\0';
    }

    private Open top() {
        return nested.get(nested.size() - 1);
    }

    private FormattedText.ParseError reserved(char c) {
        return new FormattedText.ParseError("Character '" + c + "' is reserved and must be escaped with the preceding '\\'");
    }

    private FormattedText.ParseError unterminated(Open open) {
        return new FormattedText.ParseError("Can't find end of " + open.kind().tdName + " entity at byte offset "
                + byteOffset(src, open.sourceIndex()));
    }

    private FormattedText run() throws FormattedText.ParseError {
        for (i = 0; i < n; i++) {
            char c = src.charAt(i);
            if (c == '\\' && at(i + 1) > 0 && at(i + 1) <= 126) {
                i++;
                out.append(src.charAt(i));
                if (src.charAt(i) != '\r') {
                    canStartBlockquote = src.charAt(i) == '\n';
                }
                continue;
            }
            boolean inCode = !nested.isEmpty()
                    && (top().kind() == Kind.CODE || top().kind() == Kind.PRE || top().kind() == Kind.PRE_CODE);
            if ((inCode ? "`" : RESERVED).indexOf(c) < 0) {
                out.append(c);
                if (c != '\r') {
                    canStartBlockquote = false;
                }
                continue;
            }
            if (isEndOfEntity(c)) {
                closeEntity(c);
            } else {
                openEntity(c);
            }
        }
        finishBlockquote();
        if (!nested.isEmpty()) {
            throw unterminated(top());
        }
        return new FormattedText(out.toString(), entities.sorted());
    }

    private boolean isEndOfEntity(char c) {
        if (nested.isEmpty()) {
            return false;
        }
        if (haveBlockquote && c == '\n' && (i + 1 == n || at(i + 1) != '>')) {
            return true;
        }
        return switch (top().kind()) {
            case BOLD -> c == '*';
            case ITALIC -> c == '_' && at(i + 1) != '_';
            case CODE -> c == '`';
            case PRE, PRE_CODE -> c == '`' && at(i + 1) == '`' && at(i + 2) == '`';
            case TEXT_URL, CUSTOM_EMOJI -> c == ']';
            case UNDERLINE -> c == '_' && at(i + 1) == '_';
            case STRIKETHROUGH -> c == '~';
            case SPOILER -> c == '|' && at(i + 1) == '|';
            case BLOCKQUOTE, EXPANDABLE_BLOCKQUOTE -> false;
        };
    }

    private void openEntity(char c) throws FormattedText.ParseError {
        int sourceIndex = i;
        String argument = "";
        Kind kind;
        switch (c) {
            case '_' -> {
                if (at(i + 1) == '_') {
                    kind = Kind.UNDERLINE;
                    i++;
                } else {
                    kind = Kind.ITALIC;
                }
            }
            case '*' -> kind = Kind.BOLD;
            case '~' -> kind = Kind.STRIKETHROUGH;
            case '|' -> {
                if (at(i + 1) != '|') {
                    throw reserved(c);
                }
                i++;
                kind = Kind.SPOILER;
            }
            case '[' -> kind = Kind.TEXT_URL;
            case '`' -> {
                if (at(i + 1) == '`' && at(i + 2) == '`') {
                    kind = Kind.PRE;
                    i += 3;
                    int languageEnd = i;
                    while (!isSpace(at(languageEnd)) && at(languageEnd) != '`') {
                        languageEnd++;
                    }
                    if (i != languageEnd && languageEnd < n && at(languageEnd) != '`') {
                        kind = Kind.PRE_CODE;
                        argument = src.substring(i, languageEnd);
                        i = languageEnd;
                    }
                    skipOneNewLine();
                    i--;
                } else {
                    kind = Kind.CODE;
                }
            }
            case '!' -> {
                if (at(i + 1) != '[') {
                    throw reserved(c);
                }
                i++;
                kind = Kind.CUSTOM_EMOJI;
            }
            case '\n' -> {
                out.append('\n');
                canStartBlockquote = true;
                return;
            }
            case '>' -> {
                if (!canStartBlockquote) {
                    throw reserved(c);
                }
                if (haveBlockquote) {
                    return;
                }
                kind = Kind.BLOCKQUOTE;
                haveBlockquote = true;
            }
            default -> throw reserved(c);
        }
        nested.add(new Open(kind, argument, out.length(), sourceIndex));
    }

    private void skipOneNewLine() {
        if (at(i) == '\n' || at(i) == '\r') {
            i += (at(i + 1) == '\n' || at(i + 1) == '\r') && at(i) != at(i + 1) ? 2 : 1;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\0' || c == 0x0B || c == '\f';
    }

    private void closeEntity(char c) throws FormattedText.ParseError {
        Open open = top();
        Kind kind = open.kind();
        if (c == '\n' && kind != Kind.BLOCKQUOTE) {
            // Only "||" right before the end of a blockquote line is allowed: it makes the quote expandable.
            boolean spoilerAtLineEnd = kind == Kind.SPOILER && (open.sourceIndex() == i - 2
                    || (open.sourceIndex() == i - 3 && out.length() > 0 && out.charAt(out.length() - 1) == '\r'));
            if (!spoilerAtLineEnd) {
                throw unterminated(open);
            }
            nested.remove(nested.size() - 1);
            open = top();
            if (open.kind() != Kind.BLOCKQUOTE) {
                throw unterminated(open);
            }
            kind = Kind.EXPANDABLE_BLOCKQUOTE;
        }
        String argument = open.argument();
        boolean skip = out.length() == open.offset();
        switch (kind) {
            case UNDERLINE, SPOILER -> i++;
            case PRE, PRE_CODE -> i += 2;
            case TEXT_URL -> {
                String url = at(i + 1) != '(' ? out.substring(open.offset()) : readUrl();
                if (url.isEmpty()) {
                    skip = true;
                } else {
                    argument = url;
                }
            }
            case CUSTOM_EMOJI -> {
                if (at(i + 1) != '(') {
                    throw new FormattedText.ParseError("The entity must contain a tg://emoji or tg://time URL");
                }
                argument = readUrl();
            }
            case BLOCKQUOTE, EXPANDABLE_BLOCKQUOTE -> {
                haveBlockquote = false;
                out.append(src.charAt(i));
                canStartBlockquote = true;
                skip = false;
            }
            default -> {
            }
        }
        if (!skip) {
            addEntity(kind, open.offset(), out.length() - open.offset(), argument);
        }
        nested.remove(nested.size() - 1);
    }

    private String readUrl() throws FormattedText.ParseError {
        i += 2;
        int urlBegin = i;
        StringBuilder url = new StringBuilder();
        while (i < n && at(i) != ')') {
            if (at(i) == '\\' && at(i + 1) > 0 && at(i + 1) <= 126) {
                url.append(at(i + 1));
                i += 2;
                continue;
            }
            url.append(at(i++));
        }
        if (at(i) != ')') {
            throw new FormattedText.ParseError("Can't find end of a URL at byte offset " + byteOffset(src, urlBegin));
        }
        return url.toString();
    }

    private void addEntity(Kind kind, int offset, int length, String argument) throws FormattedText.ParseError {
        switch (kind) {
            case BOLD -> entities.add("bold", offset, length);
            case ITALIC -> entities.add("italic", offset, length);
            case UNDERLINE -> entities.add("underline", offset, length);
            case STRIKETHROUGH -> entities.add("strikethrough", offset, length);
            case SPOILER -> entities.add("spoiler", offset, length);
            case CODE -> entities.add("code", offset, length);
            case PRE -> entities.add("pre", offset, length);
            case PRE_CODE -> entities.add("pre", offset, length).put("language", argument);
            case TEXT_URL -> entities.add("text_link", offset, length).put("url", argument);
            case BLOCKQUOTE -> entities.add("blockquote", offset, length);
            case EXPANDABLE_BLOCKQUOTE -> entities.add("expandable_blockquote", offset, length);
            case CUSTOM_EMOJI -> addCustomEmojiOrTime(offset, length, argument);
        }
    }

    private void addCustomEmojiOrTime(int offset, int length, String url) throws FormattedText.ParseError {
        Matcher emoji = EMOJI_URL.matcher(url);
        Matcher time = TIME_URL.matcher(url);
        if (emoji.matches()) {
            entities.add("custom_emoji", offset, length).put("custom_emoji_id", emoji.group(1));
        } else if (time.matches()) {
            ObjectNode entity = entities.add("date_time", offset, length).put("unix_time", Long.parseLong(time.group(1)));
            if (time.group(2) != null && !time.group(2).isEmpty()) {
                entity.put("date_time_format", time.group(2));
            }
        } else {
            throw new FormattedText.ParseError("Invalid tg://emoji or tg://time URL specified");
        }
    }

    private void finishBlockquote() {
        if (!haveBlockquote) {
            return;
        }
        Kind kind = Kind.BLOCKQUOTE;
        if (top().kind() == Kind.SPOILER && top().sourceIndex() == n - 2) {
            nested.remove(nested.size() - 1);
            kind = Kind.EXPANDABLE_BLOCKQUOTE;
        }
        if (top().kind() == Kind.BLOCKQUOTE) {
            haveBlockquote = false;
            int length = out.length() - top().offset();
            if (length != 0) {
                entities.add(kind == Kind.BLOCKQUOTE ? "blockquote" : "expandable_blockquote", top().offset(), length);
            }
            nested.remove(nested.size() - 1);
        }
    }
}
