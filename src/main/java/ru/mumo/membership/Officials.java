package ru.mumo.membership;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The education department's officials ({@code APP_ADMINS}): Telegram user ids allowed to create associations.
 */
@ConfigurationProperties("app.officials")
public record Officials(@DefaultValue Set<Long> ids) {

    public boolean includes(long telegramUserId) {
        return ids.contains(telegramUserId);
    }
}
