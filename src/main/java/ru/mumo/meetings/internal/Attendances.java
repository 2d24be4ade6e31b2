package ru.mumo.meetings.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.meetings.Attendance;

public interface Attendances extends JpaRepository<Attendance, Long> {

    @Query("select a from Attendance a where a.meetingId = ?1")
    List<Attendance> findByMeeting(long meetingId);

    @Query("select a from Attendance a where a.meetingId = ?1 and a.membershipId = ?2")
    Optional<Attendance> find(long meetingId, long membershipId);
}
