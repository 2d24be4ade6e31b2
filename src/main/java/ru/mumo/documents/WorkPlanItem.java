package ru.mumo.documents;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One line of the work plan (S Appendix 1): the event, its date or period, the planned result. */
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
}
