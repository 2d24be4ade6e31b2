package ru.mumo.emulator.internal;

import static ru.mumo.emulator.internal.FormattedText.byteOffset;

/** The legacy parse_mode=Markdown, ported from TDLib's parse_markdown: unclosed _ * ` [ are errors. */
final class MarkdownParser {

    private MarkdownParser() {
    }

    static FormattedText parse(String src) throws FormattedText.ParseError {
        int n = src.length();
        StringBuilder out = new StringBuilder();
        FormattedText.Entities entities = new FormattedText.Entities();
        for (int i = 0; i < n; i++) {
            char c = src.charAt(i);
            char next = i + 1 < n ? src.charAt(i + 1) : '\0';
            if (c == '\\' && (next == '_' || next == '*' || next == '`' || next == '[')) {
                out.append(next);
                i++;
                continue;
            }
            if (c != '_' && c != '*' && c != '`' && c != '[') {
                out.append(c);
                continue;
            }
            int begin = i;
            char endCharacter = c == '[' ? ']' : c;
            boolean pre = false;
            String language = "";
            i++;
            if (c == '`' && at(src, i) == '`' && at(src, i + 1) == '`') {
                i += 2;
                pre = true;
                int languageEnd = i;
                while (!Character.isWhitespace(at(src, languageEnd)) && at(src, languageEnd) != '`' && languageEnd < n) {
                    languageEnd++;
                }
                if (i != languageEnd && languageEnd < n && at(src, languageEnd) != '`') {
                    language = src.substring(i, languageEnd);
                    i = languageEnd;
                }
                if (at(src, i) == '\n' || at(src, i) == '\r') {
                    i += (at(src, i + 1) == '\n' || at(src, i + 1) == '\r') && at(src, i) != at(src, i + 1) ? 2 : 1;
                }
            }
            int entityOffset = out.length();
            while (i < n && (src.charAt(i) != endCharacter || (pre && !(at(src, i + 1) == '`' && at(src, i + 2) == '`')))) {
                out.append(src.charAt(i++));
            }
            if (i == n) {
                throw new FormattedText.ParseError("Can't find end of the entity starting at byte offset "
                        + byteOffset(src, begin));
            }
            int length = out.length() - entityOffset;
            if (c == '[') {
                String url;
                if (at(src, i + 1) != '(') {
                    url = src.substring(begin + 1, i);
                } else {
                    int urlStart = i + 2;
                    i = urlStart;
                    while (i < n && src.charAt(i) != ')') {
                        i++;
                    }
                    url = src.substring(urlStart, i);
                }
                if (length > 0 && !url.isEmpty()) {
                    entities.add("text_link", entityOffset, length).put("url", url);
                }
            } else if (length > 0) {
                switch (c) {
                    case '_' -> entities.add("italic", entityOffset, length);
                    case '*' -> entities.add("bold", entityOffset, length);
                    default -> {
                        if (!pre) {
                            entities.add("code", entityOffset, length);
                        } else if (language.isEmpty()) {
                            entities.add("pre", entityOffset, length);
                        } else {
                            entities.add("pre", entityOffset, length).put("language", language);
                        }
                    }
                }
            }
            if (pre) {
                i += 2;
            }
        }
        return new FormattedText(out.toString(), entities.sorted());
    }

    private static char at(String s, int index) {
        return index < s.length() ? s.charAt(index) : '\0';
    }
}
