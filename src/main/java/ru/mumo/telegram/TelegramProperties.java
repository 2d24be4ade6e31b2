package ru.mumo.telegram;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to reach Telegram.
 *
 * @param token the bot token from @BotFather ({@code TELEGRAM_BOT_TOKEN}); never logged
 * @param apiUrl the Bot API base URL ({@code TELEGRAM_API_URL}); an emulator's address in tests and local runs
 * @param webhookUrl where Telegram posts updates ({@code TELEGRAM_WEBHOOK_URL}); empty for long polling. The bot
 *     serves the URL's path on its own port, behind whatever terminates HTTPS for that URL
 * @param webhookSecret what Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token} ({@code
 *     TELEGRAM_WEBHOOK_SECRET}); generated at start when empty, which only suits a single instance
 * @param perChatInterval the pace of messages to one private chat (Telegram asks for about one a second)
 * @param globalRate messages per second to all chats together, across all instances (Telegram's limit is about 30)
 * @param senderPoll how often the outbox sender looks for work when nobody wakes it
 * @param leaseTtl how long the instance that polls holds its database lease, and an instance its claim on an
 *     outbox row, without renewing it: after a crash, another instance (or the restarted one) takes over within
 *     this time. A call to Telegram is given half of it
 * @param pollTimeout how long one long poll waits at Telegram for updates
 * @param updatesTimeout how long no update may be taken while Telegram answers before health says DOWN (and a
 *     polling task that stays silent is restarted); longer than {@code pollTimeout}
 * @param backlogMaxAge how long the oldest due outbox row may wait before health says DOWN
 */
@ConfigurationProperties("app.telegram")
public record TelegramProperties(
        String token,
        @DefaultValue("https://api.telegram.org") URI apiUrl,
        URI webhookUrl,
        String webhookSecret,
        @DefaultValue("1s") Duration perChatInterval,
        @DefaultValue("30") int globalRate,
        @DefaultValue("500ms") Duration senderPoll,
        @DefaultValue("30s") Duration leaseTtl,
        @DefaultValue("50s") Duration pollTimeout,
        @DefaultValue("2m") Duration updatesTimeout,
        @DefaultValue("5m") Duration backlogMaxAge) {

    public boolean hasToken() {
        return token != null && !token.isBlank();
    }

    public boolean webhook() {
        return webhookUrl != null && !webhookUrl.toString().isBlank();
    }

    /** Long enough for a big document, short enough that a claim renewed before the call outlives it. */
    public Duration callTimeout() {
        return leaseTtl.dividedBy(2);
    }
}
