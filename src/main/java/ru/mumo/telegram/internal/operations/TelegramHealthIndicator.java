package ru.mumo.telegram.internal.operations;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.outbox.OutboxSender;

/** "telegram": DOWN while Telegram refuses the bot's token (401) and sending is paused. */
@Component
class TelegramHealthIndicator implements HealthIndicator {

    private final OutboxSender sender;

    TelegramHealthIndicator(OutboxSender sender) {
        this.sender = sender;
    }

    @Override
    public Health health() {
        return sender.unauthorized() ? Health.down().withDetail("token", "refused (401)").build() : Health.up().build();
    }
}
