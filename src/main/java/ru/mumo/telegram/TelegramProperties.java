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
 * @param perChatInterval the pace of messages to one private chat (Telegram asks for about one a second)
 * @param globalRate messages per second to all chats together (Telegram's limit is about 30)
 * @param senderPoll how often the outbox sender looks for work when nobody wakes it
 * @param leaseTtl how long the instance that polls (and the one that sends) holds its database lease without
 *     renewing it: after a crash, another instance or the restarted one takes over within this time
 */
@ConfigurationProperties("app.telegram")
public record TelegramProperties(
        String token,
        @DefaultValue("https://api.telegram.org") URI apiUrl,
        @DefaultValue("1s") Duration perChatInterval,
        @DefaultValue("30") int globalRate,
        @DefaultValue("500ms") Duration senderPoll,
        @DefaultValue("30s") Duration leaseTtl) {

    public boolean hasToken() {
        return token != null && !token.isBlank();
    }
}
