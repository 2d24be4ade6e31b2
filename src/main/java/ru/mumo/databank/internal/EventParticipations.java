package ru.mumo.databank.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.databank.EventParticipation;

public interface EventParticipations extends JpaRepository<EventParticipation, Long> {

    @Query("select p from EventParticipation p where p.personId = ?1 order by p.heldOn, p.id")
    List<EventParticipation> findByPerson(long personId);

    @Query("select count(p) > 0 from EventParticipation p where p.personId = ?1 and p.meetingId = ?2")
    boolean exists(long personId, long meetingId);

    @Modifying(flushAutomatically = true)
    @Query("delete from EventParticipation p where p.personId = ?1")
    int deleteByPerson(long personId);
}
