package ru.mumo.meetings;

/** An officer opened check-in: every member gets the "I'm here" button until the meeting is closed. */
public record CheckInOpened(long meetingId) {
}
