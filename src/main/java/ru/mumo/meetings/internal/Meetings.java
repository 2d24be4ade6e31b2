package ru.mumo.meetings.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingStatus;

public interface Meetings extends JpaRepository<Meeting, Long> {

    /** The meeting row locked until commit: two officers' follow-ups, on any instance, go one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Meeting m where m.id = ?1")
    Optional<Meeting> lock(long id);

    /** The last protocol number given in the association's academic year that starts in {@code year}. */
    @Query("select coalesce(max(m.number), 0) from Meeting m where m.associationId = ?1 and m.numberYear = ?2")
    int lastNumber(long associationId, int year);

    @Query("select m from Meeting m where m.associationId = ?1 and m.status = ?2 and m.startsAt > ?3 order by m.startsAt")
    List<Meeting> findStartingAfter(long associationId, MeetingStatus status, Instant after);

    @Query("select m from Meeting m where m.associationId = ?1 and m.startsAt >= ?2 and m.startsAt < ?3 order by m.startsAt")
    List<Meeting> findStartingBetween(long associationId, Instant from, Instant to);

    @Query("select m from Meeting m where m.associationId = ?1 and m.status = ?2 order by m.startsAt")
    List<Meeting> findByStatus(long associationId, MeetingStatus status);
}
