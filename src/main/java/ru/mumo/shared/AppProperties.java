package ru.mumo.shared;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every module shares.
 *
 * @param timezone the default time zone of new associations ({@code APP_TIMEZONE})
 * @param inviteTtl how long an invite link stays valid
 */
@ConfigurationProperties("app")
public record AppProperties(
        @DefaultValue("Europe/Moscow") ZoneId timezone,
        @DefaultValue("30d") Duration inviteTtl) {
}
