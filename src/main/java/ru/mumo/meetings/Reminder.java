package ru.mumo.meetings;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One reminder of a meeting, kept as a row so that it survives restarts: it is sent at most once (marked sent in
 * the transaction that writes the messages, guarded by the version) and dropped once the meeting has begun.
 */
@Entity
@Table(name = "meeting_reminder")
public class Reminder {

    /** {@code FORECAST} also brings the chair and the secretary the RSVP summary and quorum forecast. */
    public enum Kind {
        FORECAST, PLAIN
    }

    /** What to do with a reminder at a given moment. */
    public enum Decision {
        WAIT, SEND, DROP, DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;

    private int offsetMinutes;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private Instant fireAt;

    private Instant sentAt;

    private Instant droppedAt;

    @Version
    private long version;

    protected Reminder() {
    }

    Reminder(long meetingId, Duration offset, Kind kind, Instant meetingStart) {
        this.meetingId = meetingId;
        this.offsetMinutes = Math.toIntExact(offset.toMinutes());
        this.kind = kind;
        this.fireAt = meetingStart.minus(offset);
    }

    /**
     * Due once its time has come, but only while the meeting is still scheduled and has not started: a reminder
     * whose time passed while the bot was down still goes out after the restart if it can be of use, and is
     * dropped if the meeting has begun, been moved away from it or been cancelled.
     */
    public Decision decide(Instant now, MeetingStatus meetingStatus, Instant meetingStart) {
        if (sentAt != null || droppedAt != null) {
            return Decision.DONE;
        }
        if (now.isBefore(fireAt)) {
            return Decision.WAIT;
        }
        if (meetingStatus != MeetingStatus.SCHEDULED || !now.isBefore(meetingStart)) {
            return Decision.DROP;
        }
        return Decision.SEND;
    }

    void sent(Instant now) {
        this.sentAt = now;
    }

    void drop(Instant now) {
        this.droppedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public Duration getOffset() {
        return Duration.ofMinutes(offsetMinutes);
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getFireAt() {
        return fireAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getDroppedAt() {
        return droppedAt;
    }
}
