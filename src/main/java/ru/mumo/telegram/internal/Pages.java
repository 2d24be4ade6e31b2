package ru.mumo.telegram.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.outbox.Button;

/**
 * A list of people a page at a time, for keyboards with a button per person: Telegram refuses an inline keyboard of
 * more than 100 buttons, and a page of a few dozen names is what a thumb can scroll on a phone.
 */
public final class Pages {

    /** Names per page. */
    public static final int SIZE = 25;

    private Pages() {
    }

    public static int count(int total) {
        return Math.max(1, (total + SIZE - 1) / SIZE);
    }

    /** The page asked for, within the pages there are now (a list may have shrunk since the button was made). */
    public static int clamp(int page, int total) {
        return Math.max(0, Math.min(page, count(total) - 1));
    }

    public static <T> List<T> slice(List<T> all, int page) {
        int shown = clamp(page, all.size());
        return all.subList(shown * SIZE, Math.min(all.size(), (shown + 1) * SIZE));
    }

    /** "Page 2 of 5." on its own line, or nothing for a single page. */
    public static String label(Messages messages, Language language, int page, int total) {
        return count(total) == 1 ? "" : "\n" + messages.text(language, "page.of", "page", clamp(page, total) + 1,
                "pages", count(total));
    }

    /** Back and next buttons; none for a single page. {@code data} gives a button's data for a page. */
    public static List<Button> navigation(Messages messages, Language language, int page, int total,
            IntFunction<String> data) {
        int shown = clamp(page, total);
        List<Button> row = new ArrayList<>();
        if (shown > 0) {
            row.add(Button.callback(messages.text(language, "page.previous"), data.apply(shown - 1)));
        }
        if (shown < count(total) - 1) {
            row.add(Button.callback(messages.text(language, "page.next"), data.apply(shown + 1)));
        }
        return row;
    }
}
