package ru.mumo.telegram.internal.operations;

import java.util.Locale;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import ru.mumo.telegram.TelegramProperties;
import ru.mumo.telegram.internal.UpdateFlow;

/**
 * "updates": DOWN when this instance should take updates (it polls, or serves the webhook) but has taken none
 * for {@code updatesTimeout} while Telegram answers. UNKNOWN while Telegram itself is unreachable: nothing on
 * this side would help then. UP on an instance standing by while another polls.
 */
@Component
class UpdatesHealthIndicator implements HealthIndicator {

    private final UpdateFlow flow;
    private final TelegramProperties properties;

    UpdatesHealthIndicator(UpdateFlow flow, TelegramProperties properties) {
        this.flow = flow;
        this.properties = properties;
    }

    @Override
    public Health health() {
        UpdateFlow.State state = flow.state(properties.updatesTimeout());
        Health.Builder health = switch (state) {
            case STANDBY, FLOWING -> Health.up();
            case STALLED -> Health.down();
            case TELEGRAM_UNREACHABLE -> Health.unknown();
        };
        return health.withDetail("state", state.name().toLowerCase(Locale.ROOT))
                .withDetail("silentSeconds", flow.silence().toSeconds()).build();
    }
}
