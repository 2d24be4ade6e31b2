package ru.mumo.meetings;

/** A meeting was closed; its attendance and quorum figures are frozen. */
public record MeetingClosed(long meetingId) {
}
