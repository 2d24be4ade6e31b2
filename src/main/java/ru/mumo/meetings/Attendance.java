package ru.mumo.meetings;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Whether a member (or guest) was at a meeting, and who said so; one per person and meeting. */
@Entity
public class Attendance {

    /**
     * The member checked in themselves, an officer marked them from the list, or they left the association during
     * the meeting and count as absent from then on.
     */
    public enum MarkedBy {
        SELF, OFFICER, LEFT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;

    private long membershipId;

    private boolean present;

    @Enumerated(EnumType.STRING)
    private MarkedBy markedBy;

    private Instant markedAt;

    @Version
    private long version;

    protected Attendance() {
    }

    Attendance(long meetingId, long membershipId, boolean present, MarkedBy markedBy, Instant now) {
        this.meetingId = meetingId;
        this.membershipId = membershipId;
        this.present = present;
        this.markedBy = markedBy;
        this.markedAt = now;
    }

    void mark(boolean present, MarkedBy by, Instant now) {
        this.present = present;
        this.markedBy = by;
        this.markedAt = now;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getMembershipId() {
        return membershipId;
    }

    public boolean isPresent() {
        return present;
    }

    public MarkedBy getMarkedBy() {
        return markedBy;
    }
}
