package ru.mumo.voting.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.voting.ProtocolMaterial;

public interface ProtocolMaterials extends JpaRepository<ProtocolMaterial, Long> {

    @Query("select m from ProtocolMaterial m where m.meetingId = ?1 order by m.position")
    List<ProtocolMaterial> findByMeeting(long meetingId);
}
