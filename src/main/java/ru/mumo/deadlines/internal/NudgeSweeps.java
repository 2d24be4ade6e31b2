package ru.mumo.deadlines.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface NudgeSweeps extends JpaRepository<NudgeSweep, Integer> {

    /** When the sweep last ran; empty before the first one. */
    default Optional<Instant> lastRun() {
        return findById(NudgeSweep.ID).map(NudgeSweep::getLastRunAt);
    }

    @Transactional
    @Modifying
    @Query("update NudgeSweep s set s.lastRunAt = ?1 where s.id = 1")
    int ranAt(Instant startedAt);
}
