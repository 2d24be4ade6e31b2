package ru.mumo.deadlines.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The one row that remembers when the deadline sweep last ran (see V8__nudge_sweep.sql). */
@Entity
public class NudgeSweep {

    public static final int ID = 1;

    @Id
    private Integer id;

    private Instant lastRunAt;

    protected NudgeSweep() {
    }

    public Instant getLastRunAt() {
        return lastRunAt;
    }
}
