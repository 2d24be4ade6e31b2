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

    /**
     * Who hears about an association's chair (appointed, checked against S 3.5, gone): the official who created it
     * while they are still one, otherwise every official in {@code APP_ADMINS} now, so that the notices follow the
     * department's staff as it changes.
     */
    public Set<Long> responsibleFor(Association association) {
        long creator = association.getCreatedByTelegramUserId();
        return includes(creator) ? Set.of(creator) : Set.copyOf(ids);
    }
}
