package ru.mumo.deadlines.internal;

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

    @Query("select d from Deadline d where d.enabled = true order by d.id")
    List<Deadline> findEnabled();
}
