package ru.mumo.meetings;

/** Where a meeting happens: in a room (a place) or online (a link); online participation counts (T 3.1). */
public enum MeetingFormat {
    IN_PERSON, ONLINE
}
