package ru.mumo.meetings.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.meetings.Rsvp;

public interface Rsvps extends JpaRepository<Rsvp, Long> {

    @Query("select r from Rsvp r where r.meetingId = ?1")
    List<Rsvp> findByMeeting(long meetingId);

    @Query("select r from Rsvp r where r.meetingId = ?1 and r.membershipId = ?2")
    Optional<Rsvp> find(long meetingId, long membershipId);
}
