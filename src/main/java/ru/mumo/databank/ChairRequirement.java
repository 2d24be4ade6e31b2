package ru.mumo.databank;

/**
 * What S 3.5 asks of the head of an association: higher professional education, the first or highest
 * qualification category, at least three years of teaching.
 */
public enum ChairRequirement {
    HIGHER_EDUCATION, CATEGORY, TEACHING_EXPERIENCE;

    public static final int MIN_TEACHING_YEARS = 3;

    /** Whether a change of {@code field} may change the outcome of the check. */
    public static boolean concerns(ProfileField field) {
        return field == ProfileField.EDUCATION_LEVEL || field == ProfileField.CATEGORY
                || field == ProfileField.TEACHING_EXPERIENCE;
    }

    /** The check against a profile; {@code null} values are {@link Outcome#UNKNOWN}. */
    public Outcome against(Profile profile) {
        if (profile == null) {
            return Outcome.UNKNOWN;
        }
        return switch (this) {
            case HIGHER_EDUCATION -> outcome(profile.getEducationLevel(),
                    profile.getEducationLevel() == EducationLevel.HIGHER);
            case CATEGORY -> outcome(profile.getCategory(),
                    profile.getCategory() == Category.FIRST || profile.getCategory() == Category.HIGHEST);
            case TEACHING_EXPERIENCE -> outcome(profile.getTeachingExperience(),
                    profile.getTeachingExperience() != null && profile.getTeachingExperience() >= MIN_TEACHING_YEARS);
        };
    }

    private static Outcome outcome(Object value, boolean met) {
        return value == null ? Outcome.UNKNOWN : met ? Outcome.MET : Outcome.NOT_MET;
    }

    public enum Outcome { MET, NOT_MET, UNKNOWN }
}
