package ru.mumo.meetings;

/** Someone was marked present or absent: live attendance lists are to be refreshed. */
public record AttendanceChanged(long meetingId) {
}
