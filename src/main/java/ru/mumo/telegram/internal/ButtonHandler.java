package ru.mumo.telegram.internal;

/**
 * Handles presses of the inline buttons whose callback data starts with {@code prefix() + ":"}. The dispatcher
 * has checked {@link #access()}; the handler still checks that the button's target belongs to the caller.
 */
public interface ButtonHandler {

    String prefix();

    Access access();

    /** Whether the caller may press it; by default what {@link #access()} says. */
    default boolean allows(Caller caller) {
        return access().allows(caller);
    }

    /** {@code data} is the callback data after the prefix and colon. */
    void press(Request request, ButtonData data);

    /** Whether the buttons work for a person who has yet to accept a new consent text, like the consent's own. */
    default boolean worksBeforeConsent() {
        return false;
    }

    /** The callback data of a button for the handler with {@code prefix}; {@link ButtonData} reads it back. */
    static String data(String prefix, Object... parts) {
        StringBuilder data = new StringBuilder(prefix);
        for (Object part : parts) {
            data.append(':').append(part);
        }
        return data.toString();
    }
}
