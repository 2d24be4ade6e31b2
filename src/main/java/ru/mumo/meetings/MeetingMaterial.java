package ru.mumo.meetings;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A document prepared for a meeting or event (T 2.6: the secretary prepares the materials), attached to it as a
 * whole or to one agenda item. {@link #getFileRef()} is the adapter's handle on the file (Telegram's file_id);
 * this module never reads it.
 */
@Entity
@Table(name = "meeting_material")
public class MeetingMaterial {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;

    /** The 0-based agenda item, or {@code null} for the meeting as a whole. */
    private Integer agendaPosition;

    private String fileName;

    private String fileRef;

    private String mimeType;

    private long addedByMembershipId;

    private Instant addedAt;

    protected MeetingMaterial() {
    }

    MeetingMaterial(long meetingId, NewMaterial material, long addedByMembershipId, Instant now) {
        this.meetingId = meetingId;
        this.agendaPosition = material.agendaPosition();
        this.fileName = material.fileName();
        this.fileRef = material.fileRef();
        this.mimeType = material.mimeType();
        this.addedByMembershipId = addedByMembershipId;
        this.addedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public Integer getAgendaPosition() {
        return agendaPosition;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileRef() {
        return fileRef;
    }

    public String getMimeType() {
        return mimeType;
    }
}
