package ru.mumo.meetings;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Meeting settings.
 *
 * @param reminderOffsets how long before the start members are reminded; the first (longest) one also brings the
 *        chair and the secretary the RSVP summary and quorum forecast
 * @param sweepInterval how often the reminder sweeper looks for due reminders; small in tests
 */
@ConfigurationProperties("app.meetings")
public record MeetingsProperties(
        @DefaultValue({"24h", "1h"}) List<Duration> reminderOffsets,
        @DefaultValue("30s") Duration sweepInterval) {
}
