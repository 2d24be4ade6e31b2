package ru.mumo.databank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ru.mumo.databank.InvalidProfileValue.Reason;

class ProfileAnswersTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void textIsTrimmedAndItsSpacesCollapsed() {
        assertThat(ProfileAnswers.read(ProfileField.DEFICITS, "  работа  с\nродителями ", TODAY))
                .isEqualTo("работа с родителями");
    }

    @Test
    void emptyShortAndLongTextsAreRefused() {
        assertRefused(ProfileField.AWARDS, "   ", Reason.EMPTY);
        assertRefused(ProfileField.AWARDS, "а", Reason.TOO_SHORT);
        assertRefused(ProfileField.AWARDS, "а".repeat(ProfileAnswers.MAX_TEXT + 1), Reason.TOO_LONG);
        assertThat(ProfileAnswers.read(ProfileField.AWARDS, "а".repeat(ProfileAnswers.MAX_TEXT), TODAY)).isNotNull();
    }

    @Test
    void aNameNeedsLettersAndAtLeastTwoWords() {
        assertThat(ProfileAnswers.read(ProfileField.FULL_NAME, "Д'Артаньян-Петрова Анна", TODAY))
                .isEqualTo("Д'Артаньян-Петрова Анна");
        assertRefused(ProfileField.FULL_NAME, "Анна", Reason.NOT_A_NAME);
        assertRefused(ProfileField.FULL_NAME, "Анна 2", Reason.NOT_A_NAME);
    }

    @Test
    void experienceIsAWholeNumberOfYearsInASaneRange() {
        assertThat(ProfileAnswers.read(ProfileField.TOTAL_EXPERIENCE, "0", TODAY)).isEqualTo(0);
        assertThat(ProfileAnswers.read(ProfileField.TOTAL_EXPERIENCE, "60", TODAY)).isEqualTo(60);
        assertRefused(ProfileField.TOTAL_EXPERIENCE, "61", Reason.OUT_OF_RANGE);
        assertRefused(ProfileField.TOTAL_EXPERIENCE, "-1", Reason.NOT_A_NUMBER);
        assertRefused(ProfileField.TOTAL_EXPERIENCE, "5.5", Reason.NOT_A_NUMBER);
        assertRefused(ProfileField.TEACHING_EXPERIENCE, "1000", Reason.NOT_A_NUMBER);
        assertRefused(ProfileField.TEACHING_EXPERIENCE, "десять", Reason.NOT_A_NUMBER);
    }

    @Test
    void aBirthDateMustBeARealDayInThePastOfAnAdult() {
        assertThat(ProfileAnswers.read(ProfileField.BIRTH_DATE, "29.02.1980", TODAY)).isEqualTo(LocalDate.of(1980, 2, 29));
        assertRefused(ProfileField.BIRTH_DATE, "29.02.1981", Reason.NOT_A_DATE);
        assertRefused(ProfileField.BIRTH_DATE, "31.04.1980", Reason.NOT_A_DATE);
        assertRefused(ProfileField.BIRTH_DATE, "1980-04-01", Reason.NOT_A_DATE);
        assertRefused(ProfileField.BIRTH_DATE, "28.11.2026", Reason.DATE_IN_FUTURE);
        assertRefused(ProfileField.BIRTH_DATE, "28.11.2008", Reason.AGE_OUT_OF_RANGE);
        assertThat(ProfileAnswers.read(ProfileField.BIRTH_DATE, "27.11.2008", TODAY)).isEqualTo(LocalDate.of(2008, 11, 27));
        assertRefused(ProfileField.BIRTH_DATE, "01.01.1920", Reason.AGE_OUT_OF_RANGE);
    }

    @Test
    void choicesOnlyComeFromTheButtons() {
        assertThat(ProfileAnswers.read(ProfileField.CATEGORY, "HIGHEST", TODAY)).isEqualTo(Category.HIGHEST);
        assertThat(ProfileAnswers.read(ProfileField.EDUCATION_LEVEL, "HIGHER", TODAY)).isEqualTo(EducationLevel.HIGHER);
        assertRefused(ProfileField.CATEGORY, "высшая", Reason.CHOOSE_A_BUTTON);
        assertThat(ProfileField.CATEGORY.choices()).containsExactly("NONE", "FIRST", "HIGHEST");
        assertThat(ProfileField.AWARDS.choices()).isEmpty();
    }

    private static void assertRefused(ProfileField field, String answer, Reason reason) {
        assertThatThrownBy(() -> ProfileAnswers.read(field, answer, TODAY))
                .isInstanceOfSatisfying(InvalidProfileValue.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
