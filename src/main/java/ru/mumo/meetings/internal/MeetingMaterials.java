package ru.mumo.meetings.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.meetings.MeetingMaterial;

public interface MeetingMaterials extends JpaRepository<MeetingMaterial, Long> {

    /** The meeting's materials: those of the whole meeting first, then item by item, each in the order added. */
    @Query("select m from MeetingMaterial m where m.meetingId = ?1 "
            + "order by case when m.agendaPosition is null then -1 else m.agendaPosition end, m.id")
    List<MeetingMaterial> findByMeeting(long meetingId);

    @Query("select count(m) from MeetingMaterial m where m.meetingId = ?1")
    int countByMeeting(long meetingId);
}
