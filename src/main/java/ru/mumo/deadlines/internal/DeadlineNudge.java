package ru.mumo.deadlines.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A nudge that went out; unique per deadline and day (see V6__deadlines.sql). */
@Entity
public class DeadlineNudge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long deadlineId;

    private LocalDate nudgeDate;

    private LocalDate dueDate;

    private boolean escalated;

    private Instant sentAt;

    protected DeadlineNudge() {
    }

    public DeadlineNudge(long deadlineId, LocalDate nudgeDate, LocalDate dueDate, boolean escalated, Instant sentAt) {
        this.deadlineId = deadlineId;
        this.nudgeDate = nudgeDate;
        this.dueDate = dueDate;
        this.escalated = escalated;
        this.sentAt = sentAt;
    }

    public LocalDate getNudgeDate() {
        return nudgeDate;
    }
}
