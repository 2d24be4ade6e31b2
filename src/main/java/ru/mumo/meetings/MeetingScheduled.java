package ru.mumo.meetings;

/** A meeting was scheduled: every member is to get the announcement. */
public record MeetingScheduled(long meetingId) {
}
