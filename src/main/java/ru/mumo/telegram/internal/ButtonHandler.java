package ru.mumo.telegram.internal;

/**
 * Handles presses of the inline buttons whose callback data starts with {@code prefix() + ":"}. The dispatcher
 * has checked {@link #access()}; the handler still checks that the button's target belongs to the caller.
 */
public interface ButtonHandler {

    String prefix();

    Access access();

    /** {@code data} is the callback data after the prefix and colon. */
    void press(Request request, String data);

    /** Whether the buttons work for a person who has yet to accept a new consent text, like the consent's own. */
    default boolean worksBeforeConsent() {
        return false;
    }

    /**
     * The id at {@code index} of the press's colon-separated data; when it is missing or not a number the press
     * ends as an {@link InactiveButton}.
     */
    static long id(String[] parts, int index) {
        if (index >= parts.length || !parts[index].matches("\\d{1,18}")) {
            throw new InactiveButton();
        }
        return Long.parseLong(parts[index]);
    }

    /** A small non-negative number (a position, a page) at {@code index}, like {@link #id}. */
    static int position(String[] parts, int index) {
        if (index >= parts.length || !parts[index].matches("\\d{1,9}")) {
            throw new InactiveButton();
        }
        return Integer.parseInt(parts[index]);
    }

    static String data(String prefix, Object... parts) {
        StringBuilder data = new StringBuilder(prefix);
        for (Object part : parts) {
            data.append(':').append(part);
        }
        return data.toString();
    }
}
