package ru.mumo.documents;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * One line of the work plan (S Appendix 1): the event, its date or period, the planned result. An item may be the
 * plan of an event the bot runs (a seminar, a master class...): holding that event marks the item done.
 */
@Entity
public class WorkPlanItem {

    /** The appendix's two parts. */
    public static final int ORGANISATIONAL_ANALYTICAL = 1;
    public static final int ORGANISATIONAL_METHODOLOGICAL = 2;

    public static final int MAX_EVENT = 1000;
    public static final int MAX_PERIOD = 200;
    public static final int MAX_RESULT = 1000;

    /** The parts of an item that can be changed one at a time. */
    public enum Field {
        EVENT, PERIOD, RESULT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long associationId;

    private int academicYear;

    private int section;

    private String event;

    private String period;

    private String result;

    private Instant createdAt;

    /** The event (a meeting row of an event's kind) that carries out this item, if one was scheduled for it. */
    private Long eventId;

    /** When the item was carried out: the date of the event held for it. */
    private LocalDate doneOn;

    @Version
    private long version;

    protected WorkPlanItem() {
    }

    WorkPlanItem(long associationId, int academicYear, int section, String event, String period, String result,
            Instant now) {
        this.associationId = associationId;
        this.academicYear = academicYear;
        this.section = section;
        this.event = event;
        this.period = period;
        this.result = result;
        this.createdAt = now;
    }

    void change(Field field, String value) {
        switch (field) {
            case EVENT -> event = value;
            case PERIOD -> period = value;
            case RESULT -> result = value;
            default -> throw new IllegalArgumentException("Unknown field " + field);
        }
    }

    void link(long eventId) {
        this.eventId = eventId;
    }

    void markDone(LocalDate on) {
        this.doneOn = on;
    }

    public static int maxLength(Field field) {
        return switch (field) {
            case EVENT -> MAX_EVENT;
            case PERIOD -> MAX_PERIOD;
            case RESULT -> MAX_RESULT;
        };
    }

    public Long getId() {
        return id;
    }

    public long getAssociationId() {
        return associationId;
    }

    public int getAcademicYear() {
        return academicYear;
    }

    public int getSection() {
        return section;
    }

    public String getEvent() {
        return event;
    }

    public String getPeriod() {
        return period;
    }

    public String getResult() {
        return result;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getEventId() {
        return eventId;
    }

    /** The date the item was done by holding its event, or {@code null}. */
    public LocalDate getDoneOn() {
        return doneOn;
    }
}
