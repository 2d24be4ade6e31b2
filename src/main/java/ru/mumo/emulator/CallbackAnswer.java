package ru.mumo.emulator;

/**
 * How the bot answered a button press.
 *
 * @param text may be null: the bot only stopped the button's progress indicator
 * @param url  may be null
 */
public record CallbackAnswer(String queryId, long userId, long messageId, String data, String text, boolean showAlert,
                             String url) {
}
