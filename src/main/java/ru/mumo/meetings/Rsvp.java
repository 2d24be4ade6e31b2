package ru.mumo.meetings;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A member's answer to a meeting's announcement; one per member and meeting (unique index in V3). */
@Entity
public class Rsvp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;

    private long membershipId;

    @Enumerated(EnumType.STRING)
    private RsvpAnswer answer;

    private Instant answeredAt;

    @Version
    private long version;

    protected Rsvp() {
    }

    Rsvp(long meetingId, long membershipId, RsvpAnswer answer, Instant now) {
        this.meetingId = meetingId;
        this.membershipId = membershipId;
        this.answer = answer;
        this.answeredAt = now;
    }

    void change(RsvpAnswer answer, Instant now) {
        this.answer = answer;
        this.answeredAt = now;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getMembershipId() {
        return membershipId;
    }

    public RsvpAnswer getAnswer() {
        return answer;
    }
}
