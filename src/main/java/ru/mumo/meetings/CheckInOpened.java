package ru.mumo.meetings;

/** An officer opened check-in: every member gets the "I'm here" button, the officer the live list. */
public record CheckInOpened(long meetingId, long byMembershipId) {
}
