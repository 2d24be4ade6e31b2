package ru.mumo.meetings;

/**
 * A meeting was closed and its record written. {@code held} is whether it had quorum: only then does it count as
 * held for the regulation's meeting rules (T 2.4, S 3.2).
 */
public record MeetingClosed(long meetingId, boolean held) {
}
