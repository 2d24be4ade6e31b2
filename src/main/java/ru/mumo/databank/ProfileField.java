package ru.mumo.databank;

import java.util.List;

/**
 * The fields of the data bank in the order of S Appendix 3, followed by those S 3.6 adds (age, specialty,
 * awards, titles, self-education). Full name, place of work and main position are kept on the person.
 */
public enum ProfileField {
    FULL_NAME(Kind.NAME),
    WORK_PLACE(Kind.TEXT),
    POSITION(Kind.TEXT),
    COMBINED_POSITION(Kind.TEXT),
    EDUCATION_LEVEL(Kind.CHOICE, EducationLevel.class),
    QUALIFICATION(Kind.TEXT),
    RETRAINING(Kind.TEXT),
    TOTAL_EXPERIENCE(Kind.YEARS),
    TEACHING_EXPERIENCE(Kind.YEARS),
    CATEGORY(Kind.CHOICE, Category.class),
    COURSES_REGIONAL(Kind.TEXT),
    COURSES_FEDERAL(Kind.TEXT),
    DIAGNOSTICS(Kind.TEXT),
    DEFICITS(Kind.TEXT),
    EVENTS_MUNICIPAL(Kind.TEXT),
    EVENTS_REGIONAL(Kind.TEXT),
    EVENTS_FEDERAL(Kind.TEXT),
    BIRTH_DATE(Kind.DATE),
    SPECIALTY(Kind.TEXT),
    AWARDS(Kind.TEXT),
    TITLES(Kind.TEXT),
    SELF_EDUCATION(Kind.TEXT);

    /** How an answer is read and checked. */
    public enum Kind { NAME, TEXT, YEARS, DATE, CHOICE }

    private final Kind kind;
    private final Class<? extends Enum<?>> choices;

    ProfileField(Kind kind) {
        this(kind, null);
    }

    ProfileField(Kind kind, Class<? extends Enum<?>> choices) {
        this.kind = kind;
        this.choices = choices;
    }

    public Kind kind() {
        return kind;
    }

    /** The names of the allowed answers of a {@link Kind#CHOICE} field, in display order; empty otherwise. */
    public List<String> choices() {
        return choices == null ? List.of() : List.of(choices.getEnumConstants()).stream().map(Enum::name).toList();
    }

    /** Whether the field lives on the person (given at registration) rather than on the profile. */
    public boolean onPerson() {
        return this == FULL_NAME || this == WORK_PLACE || this == POSITION;
    }
}
