package ru.mumo.meetings;

/**
 * What the association holds (T 3.1, S 3.2, S 4.3): a meeting (заседание), which has a quorum, votes and a
 * protocol, or one of its events (мероприятия), which have a topic, a level and an attendance list but no quorum,
 * no votes, no protocol, and never count as meetings for the quarter's and the year's rules.
 */
public enum MeetingKind {
    MEETING, SEMINAR, MASTER_CLASS, OPEN_LESSON, CONFERENCE, CONSULTATION;

    public boolean isMeeting() {
        return this == MEETING;
    }
}
