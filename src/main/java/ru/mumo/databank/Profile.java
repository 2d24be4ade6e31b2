package ru.mumo.databank;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A member's entry in the data bank (S Appendix 3), beyond the name, place of work and position. */
@Entity
public class Profile {

    @Id
    private Long personId;

    private String combinedPosition;

    @Enumerated(EnumType.STRING)
    private EducationLevel educationLevel;

    private String qualification;

    private String retraining;

    private Integer totalExperience;

    private Integer teachingExperience;

    @Enumerated(EnumType.STRING)
    private Category category;

    private String coursesRegional;

    private String coursesFederal;

    private String diagnostics;

    private String deficits;

    private String eventsMunicipal;

    private String eventsRegional;

    private String eventsFederal;

    private LocalDate birthDate;

    private String specialty;

    private String awards;

    private String titles;

    private String selfEducation;

    private Instant updatedAt;

    @Version
    private long version;

    protected Profile() {
    }

    Profile(long personId, Instant now) {
        this.personId = personId;
        this.updatedAt = now;
    }

    /** The value of a profile field (not one kept on the person): a String, Integer, LocalDate or enum. */
    public Object get(ProfileField field) {
        return switch (field) {
            case COMBINED_POSITION -> combinedPosition;
            case EDUCATION_LEVEL -> educationLevel;
            case QUALIFICATION -> qualification;
            case RETRAINING -> retraining;
            case TOTAL_EXPERIENCE -> totalExperience;
            case TEACHING_EXPERIENCE -> teachingExperience;
            case CATEGORY -> category;
            case COURSES_REGIONAL -> coursesRegional;
            case COURSES_FEDERAL -> coursesFederal;
            case DIAGNOSTICS -> diagnostics;
            case DEFICITS -> deficits;
            case EVENTS_MUNICIPAL -> eventsMunicipal;
            case EVENTS_REGIONAL -> eventsRegional;
            case EVENTS_FEDERAL -> eventsFederal;
            case BIRTH_DATE -> birthDate;
            case SPECIALTY -> specialty;
            case AWARDS -> awards;
            case TITLES -> titles;
            case SELF_EDUCATION -> selfEducation;
            case FULL_NAME, WORK_PLACE, POSITION -> throw keptOnPerson(field);
        };
    }

    /** Stores an answer already checked by {@link ProfileAnswers}; {@code null} clears the field. */
    void set(ProfileField field, Object value, Instant now) {
        switch (field) {
            case COMBINED_POSITION -> combinedPosition = (String) value;
            case EDUCATION_LEVEL -> educationLevel = (EducationLevel) value;
            case QUALIFICATION -> qualification = (String) value;
            case RETRAINING -> retraining = (String) value;
            case TOTAL_EXPERIENCE -> totalExperience = (Integer) value;
            case TEACHING_EXPERIENCE -> teachingExperience = (Integer) value;
            case CATEGORY -> category = (Category) value;
            case COURSES_REGIONAL -> coursesRegional = (String) value;
            case COURSES_FEDERAL -> coursesFederal = (String) value;
            case DIAGNOSTICS -> diagnostics = (String) value;
            case DEFICITS -> deficits = (String) value;
            case EVENTS_MUNICIPAL -> eventsMunicipal = (String) value;
            case EVENTS_REGIONAL -> eventsRegional = (String) value;
            case EVENTS_FEDERAL -> eventsFederal = (String) value;
            case BIRTH_DATE -> birthDate = (LocalDate) value;
            case SPECIALTY -> specialty = (String) value;
            case AWARDS -> awards = (String) value;
            case TITLES -> titles = (String) value;
            case SELF_EDUCATION -> selfEducation = (String) value;
            case FULL_NAME, WORK_PLACE, POSITION -> throw keptOnPerson(field);
        }
        this.updatedAt = now;
    }

    private static IllegalArgumentException keptOnPerson(ProfileField field) {
        return new IllegalArgumentException(field + " is kept on the person, not on the profile");
    }

    public Integer getTotalExperience() {
        return totalExperience;
    }

    public Integer getTeachingExperience() {
        return teachingExperience;
    }

    public EducationLevel getEducationLevel() {
        return educationLevel;
    }

    public Category getCategory() {
        return category;
    }
}
