package ru.mumo.deadlines;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadline settings.
 *
 * @param nudgeAt the local time in the association's zone from which the day's nudges go
 * @param sweepInterval how often the sweeper asks which nudges are due; small in tests
 * @param protocolDays days after a meeting closes by which its protocol is due (the regulations set none)
 */
@ConfigurationProperties("app.deadlines")
public record DeadlinesProperties(
        @DefaultValue("09:00") LocalTime nudgeAt,
        @DefaultValue("60s") Duration sweepInterval,
        @DefaultValue("3") int protocolDays) {
}
