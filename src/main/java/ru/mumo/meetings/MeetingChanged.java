package ru.mumo.meetings;

import java.time.Instant;

/** An upcoming meeting was moved or its place changed; {@code previousStart} tells when it was to begin. */
public record MeetingChanged(long meetingId, Instant previousStart) {
}
