package ru.mumo.meetings.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.meetings.Participant;

public interface Participants extends JpaRepository<Participant, Long> {

    @Query("select p from Participant p where p.meetingId = ?1 order by p.id")
    List<Participant> findByMeeting(long meetingId);

    @Query("select count(p) from Participant p where p.meetingId = ?1 and p.onRoll = true")
    int rollSize(long meetingId);

    @Query("select p.membershipId from Participant p where p.meetingId = ?1 and p.onRoll = true")
    List<Long> rollIds(long meetingId);

    /** The one exception to a record never changing: an erased person's name (152-FZ) leaves every protocol. */
    @Modifying(flushAutomatically = true)
    @Query("update Participant p set p.fullName = ?2 where p.personId = ?1 and p.fullName is not null")
    int anonymise(long personId, String placeholder);
}
