package ru.mumo.voting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What the protocol records for one agenda item: "Слушали" (who spoke, about what) and "Решили". */
@Entity
@Table(name = "agenda_minutes")
public class AgendaMinutes {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;

    private int position;

    private String heard;

    private String decided;

    @Version
    private long version;

    protected AgendaMinutes() {
    }

    AgendaMinutes(long meetingId, int position) {
        this.meetingId = meetingId;
        this.position = position;
    }

    void hear(String text) {
        this.heard = text;
    }

    void decide(String text) {
        this.decided = text;
    }

    public long getMeetingId() {
        return meetingId;
    }

    /** The 0-based agenda item. */
    public int getPosition() {
        return position;
    }

    public String getHeard() {
        return heard;
    }

    public String getDecided() {
        return decided;
    }
}
