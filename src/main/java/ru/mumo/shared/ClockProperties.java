package ru.mumo.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's clock.
 *
 * @param offset how far the clock runs ahead of real time ({@code APP_CLOCK_OFFSET}): a rehearsal of deadlines and
 *               reminders, or a test of the packaged jar that must run at a given time of day; zero in production
 */
@ConfigurationProperties("app.clock")
public record ClockProperties(@DefaultValue("0s") Duration offset) {
}
