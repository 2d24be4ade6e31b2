package ru.mumo.telegram.internal.meetings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Tells a link to an online meeting from the address of a room. */
final class Links {

    private Links() {
    }

    /** An absolute http(s) link with a host, as Telegram and calendars can open it. */
    static boolean isLink(String text) {
        if (text.contains(" ")) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
