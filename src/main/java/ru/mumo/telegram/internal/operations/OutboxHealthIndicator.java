package ru.mumo.telegram.internal.operations;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import ru.mumo.telegram.TelegramProperties;
import ru.mumo.telegram.internal.outbox.OutboxBacklog;

/** "outbox": DOWN when the oldest due message has waited longer than {@code backlogMaxAge} to be sent. */
@Component
class OutboxHealthIndicator implements HealthIndicator {

    private final OutboxBacklog backlog;
    private final TelegramProperties properties;

    OutboxHealthIndicator(OutboxBacklog backlog, TelegramProperties properties) {
        this.backlog = backlog;
        this.properties = properties;
    }

    @Override
    public Health health() {
        OutboxBacklog.Snapshot snapshot = backlog.snapshot();
        Health.Builder health = snapshot.oldestDue().compareTo(properties.backlogMaxAge()) > 0 ? Health.down()
                : Health.up();
        return health.withDetail("pending", snapshot.pending())
                .withDetail("oldestDueSeconds", snapshot.oldestDue().toSeconds()).build();
    }
}
