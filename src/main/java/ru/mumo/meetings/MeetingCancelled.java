package ru.mumo.meetings;

/** An upcoming meeting was cancelled; its reminders are gone. */
public record MeetingCancelled(long meetingId) {
}
