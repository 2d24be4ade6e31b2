package ru.mumo.meetings;

/** A meeting's life: scheduled, open (attendance being taken), closed (attendance frozen), or cancelled. */
public enum MeetingStatus {
    SCHEDULED, OPEN, CLOSED, CANCELLED
}
