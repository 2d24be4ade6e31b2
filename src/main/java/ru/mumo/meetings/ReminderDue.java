package ru.mumo.meetings;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import ru.mumo.membership.Membership;

/**
 * A reminder's time has come. {@code remind} are the memberships to remind (everyone but those who answered
 * "can't come"); {@code forecastTo} are the chair and the secretary when the reminder carries the RSVP summary,
 * {@code forecast}, read with the same member list ({@code null} without a forecast); {@code members} is that list
 * (members and guests of the association, by membership id), so that the listeners need not read it again.
 */
public record ReminderDue(long meetingId, Duration before, List<Long> remind, List<Long> forecastTo,
        RsvpSummary forecast, Map<Long, Membership> members) {
}
