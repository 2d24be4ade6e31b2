package ru.mumo.documents.internal.report;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import ru.mumo.meetings.Meeting;

/**
 * The meetings a report lists. The meetings module only counts held meetings; the report needs each one with its
 * date, frozen attendance and agenda, so it reads them here, read-only.
 */
public interface HeldMeetings extends Repository<Meeting, Long> {

    @Query("select m from Meeting m where m.associationId = ?1 and m.status = ru.mumo.meetings.MeetingStatus.CLOSED"
            + " and m.startsAt >= ?2 and m.startsAt < ?3 order by m.startsAt")
    List<Meeting> findHeld(long associationId, Instant from, Instant to);
}
