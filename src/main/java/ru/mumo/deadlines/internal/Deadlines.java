package ru.mumo.deadlines.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.deadlines.Deadline;
import ru.mumo.deadlines.DeadlineKind;

public interface Deadlines extends JpaRepository<Deadline, Long> {

    @Query("select d from Deadline d where d.associationId = ?1 order by d.meetingId, d.id")
    List<Deadline> findByAssociation(long associationId);

    @Query("select d from Deadline d where d.associationId = ?1 and d.kind = ?2 and d.meetingId = 0")
    Optional<Deadline> find(long associationId, DeadlineKind kind);

    @Query("select d from Deadline d where d.meetingId = ?1")
    Optional<Deadline> findByMeeting(long meetingId);

    /**
     * The enabled deadlines that owe a nudge, are due on or before {@code dueBy} or due on one of {@code dueOn}: the
     * only ones the sweep has to look at (see {@code NudgeService.sendDue}).
     */
    @Query("""
            select d from Deadline d where d.enabled = true
                and (d.nudgeOwed = true or d.dueDate <= ?1 or d.dueDate in ?2) order by d.id""")
    List<Deadline> findEnabled(LocalDate dueBy, Collection<LocalDate> dueOn);
}
