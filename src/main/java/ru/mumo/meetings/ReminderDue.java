package ru.mumo.meetings;

import java.time.Duration;
import java.util.List;

/**
 * A reminder's time has come. {@code remind} are the memberships to remind (everyone but those who answered
 * "can't come"); {@code forecastTo} are the chair and the secretary when the reminder carries the RSVP summary,
 * {@code forecast}, read with the same member list ({@code null} without a forecast).
 */
public record ReminderDue(long meetingId, Duration before, List<Long> remind, List<Long> forecastTo,
        RsvpSummary forecast) {
}
