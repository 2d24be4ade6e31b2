package ru.mumo.databank;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import ru.mumo.databank.ChairRequirement.Outcome;

/** S 3.5: higher education, first or highest category, at least three years of teaching. */
class ChairRequirementTests {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void anEmptyProfileLeavesEveryRequirementUnknown() {
        Profile profile = new Profile(1, NOW);
        for (ChairRequirement requirement : ChairRequirement.values()) {
            assertThat(requirement.against(profile)).isEqualTo(Outcome.UNKNOWN);
            assertThat(requirement.against(null)).isEqualTo(Outcome.UNKNOWN);
        }
    }

    @Test
    void eachRequirementIsMetOnlyByWhatTheRegulationNames() {
        Profile profile = new Profile(1, NOW);
        profile.set(ProfileField.EDUCATION_LEVEL, EducationLevel.SECONDARY_VOCATIONAL, NOW);
        profile.set(ProfileField.CATEGORY, Category.NONE, NOW);
        profile.set(ProfileField.TEACHING_EXPERIENCE, 2, NOW);
        assertThat(ChairRequirement.HIGHER_EDUCATION.against(profile)).isEqualTo(Outcome.NOT_MET);
        assertThat(ChairRequirement.CATEGORY.against(profile)).isEqualTo(Outcome.NOT_MET);
        assertThat(ChairRequirement.TEACHING_EXPERIENCE.against(profile)).isEqualTo(Outcome.NOT_MET);

        profile.set(ProfileField.EDUCATION_LEVEL, EducationLevel.HIGHER, NOW);
        profile.set(ProfileField.CATEGORY, Category.FIRST, NOW);
        profile.set(ProfileField.TEACHING_EXPERIENCE, 3, NOW);
        assertThat(ChairRequirement.HIGHER_EDUCATION.against(profile)).isEqualTo(Outcome.MET);
        assertThat(ChairRequirement.CATEGORY.against(profile)).isEqualTo(Outcome.MET);
        assertThat(ChairRequirement.TEACHING_EXPERIENCE.against(profile)).isEqualTo(Outcome.MET);
        profile.set(ProfileField.CATEGORY, Category.HIGHEST, NOW);
        assertThat(ChairRequirement.CATEGORY.against(profile)).isEqualTo(Outcome.MET);
    }

    @Test
    void onlyTheFieldsOfTheCheckTriggerIt() {
        assertThat(ProfileField.values()).filteredOn(ChairRequirement::concerns).containsExactly(
                ProfileField.EDUCATION_LEVEL, ProfileField.TEACHING_EXPERIENCE, ProfileField.CATEGORY);
    }
}
