package ru.mumo.meetings;

/**
 * An event (not a meeting) was closed and its attendance list written: it is held. The data bank records who
 * took part, and the work plan's item of the event is done. Never a {@link MeetingClosed}: an event counts for no
 * meeting rule and has no protocol.
 */
public record EventClosed(long meetingId) {
}
