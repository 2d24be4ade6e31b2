package ru.mumo.telegram.internal.meetings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import ru.mumo.telegram.internal.Request;

/** Tells a link to an online meeting from the address of a room, and checks either as an officer typed it. */
final class Links {

    static final int MIN_PLACE = 3;
    static final int MAX_PLACE = 500;

    private Links() {
    }

    /**
     * Whether a typed place (or, for an online meeting or event, a link) will do; if not, the officer has been told
     * why and may type it again.
     */
    static boolean acceptsPlace(Request request, String answer, boolean online) {
        if (online && !isLink(answer)) {
            request.reply("meeting.link.invalid");
            return false;
        }
        if (answer.length() < MIN_PLACE || answer.length() > MAX_PLACE) {
            request.reply("meeting.place.invalid", "min", MIN_PLACE, "max", MAX_PLACE);
            return false;
        }
        return true;
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
