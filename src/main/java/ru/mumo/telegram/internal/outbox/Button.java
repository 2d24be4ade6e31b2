package ru.mumo.telegram.internal.outbox;

/** An inline button: either callback data for the bot or a URL to open. */
public record Button(String text, String data, String url) {

    public static Button callback(String text, String data) {
        return new Button(text, data, null);
    }

    public static Button link(String text, String url) {
        return new Button(text, null, url);
    }
}
