package ru.mumo.databank;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ru.mumo.meetings.EventLevel;

/**
 * A person took part in one of the association's events: recorded when the event's attendance list is closed,
 * at the event's level, as S Appendix 3 asks ("участие в методических мероприятиях муниципального,
 * регионального, федерального уровня"). The description is written then, in Russian as the data bank is kept, and
 * shown after what the member typed into the same field. Erased with the rest of the entry.
 */
@Entity
@Table(name = "event_participation")
public class EventParticipation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long personId;

    private long meetingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_level")
    private EventLevel level;

    private LocalDate heldOn;

    private String description;

    protected EventParticipation() {
    }

    EventParticipation(long personId, long meetingId, EventLevel level, LocalDate heldOn, String description) {
        this.personId = personId;
        this.meetingId = meetingId;
        this.level = level;
        this.heldOn = heldOn;
        this.description = description;
    }

    public EventLevel getLevel() {
        return level;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getDescription() {
        return description;
    }

    /** The data bank field the participation belongs to, by its level. */
    public ProfileField field() {
        return switch (level) {
            case MUNICIPAL -> ProfileField.EVENTS_MUNICIPAL;
            case REGIONAL -> ProfileField.EVENTS_REGIONAL;
            case FEDERAL -> ProfileField.EVENTS_FEDERAL;
        };
    }
}
