package ru.mumo.voting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A material as a final protocol lists it, written down when the protocol was marked final: materials attached or
 * removed afterwards (a presentation shared late, a file sent by mistake) no longer change the protocol.
 */
@Entity
@Table(name = "protocol_material")
public class ProtocolMaterial {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;

    private int position;

    private Integer agendaPosition;

    private String fileName;

    protected ProtocolMaterial() {
    }

    ProtocolMaterial(long meetingId, int position, Integer agendaPosition, String fileName) {
        this.meetingId = meetingId;
        this.position = position;
        this.agendaPosition = agendaPosition;
        this.fileName = fileName;
    }

    /** The 0-based agenda item the material belongs to, or {@code null} for the meeting as a whole. */
    public Integer getAgendaPosition() {
        return agendaPosition;
    }

    public String getFileName() {
        return fileName;
    }
}
