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

    static String data(String prefix, Object... parts) {
        StringBuilder data = new StringBuilder(prefix);
        for (Object part : parts) {
            data.append(':').append(part);
        }
        return data.toString();
    }
}
