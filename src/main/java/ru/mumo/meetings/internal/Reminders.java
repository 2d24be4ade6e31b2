package ru.mumo.meetings.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.meetings.Reminder;

public interface Reminders extends JpaRepository<Reminder, Long> {

    @Query("select r from Reminder r where r.sentAt is null and r.droppedAt is null and r.fireAt <= ?1 order by r.meetingId, r.fireAt")
    List<Reminder> findDue(Instant now);

    @Query("select r from Reminder r where r.meetingId = ?1 and r.sentAt is null and r.droppedAt is null and r.fireAt <= ?2")
    List<Reminder> findDue(long meetingId, Instant now);

    @Query("select r from Reminder r where r.meetingId = ?1 order by r.fireAt")
    List<Reminder> findByMeeting(long meetingId);

    /** Removes the reminders not yet sent, when the meeting moves or is cancelled. */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from Reminder r where r.meetingId = ?1 and r.sentAt is null and r.droppedAt is null")
    int deletePending(long meetingId);
}
