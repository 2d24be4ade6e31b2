package ru.mumo.telegram.internal;

import org.springframework.stereotype.Component;

/** The bot's username as getMe reports it, for deep links; known before the first update is processed. */
@Component
public class BotIdentity {

    private volatile String username;

    void learn(String username) {
        this.username = username;
    }

    public String username() {
        if (username == null) {
            throw new IllegalStateException("The bot's username is not known before getMe");
        }
        return username;
    }

    public String deepLink(String startCode) {
        return "https://t.me/" + username() + "?start=" + startCode;
    }
}
