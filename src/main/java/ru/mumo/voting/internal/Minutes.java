package ru.mumo.voting.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.voting.AgendaMinutes;

public interface Minutes extends JpaRepository<AgendaMinutes, Long> {

    @Query("select m from AgendaMinutes m where m.meetingId = ?1 and m.position = ?2")
    Optional<AgendaMinutes> find(long meetingId, int position);

    @Query("select m from AgendaMinutes m where m.meetingId = ?1 order by m.position")
    List<AgendaMinutes> findByMeeting(long meetingId);
}
