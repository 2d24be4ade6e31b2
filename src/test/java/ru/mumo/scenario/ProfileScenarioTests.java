package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ru.mumo.databank.Category;
import ru.mumo.databank.EducationLevel;
import ru.mumo.databank.ProfileField;
import ru.mumo.databank.ProfileService;
import ru.mumo.emulator.BotMessage;
import ru.mumo.membership.PersonService;

/** The member fills the data bank profile (S Appendix 3) through /profile; bad answers change nothing. */
class ProfileScenarioTests extends DataBankScenarios {

    @Test
    void theGuidedDialogChecksEveryAnswerAndLetsTheMemberSkipAndComeBack() {
        Codes codes = newAssociation("МУМО учителей математики Спировского округа");
        registered("Анна", codes.chair(), "Петрова Анна Сергеевна", "Школа 1", "учитель");
        Phone teacher = registered("Мария", codes.member(), "Иванова Мария Петровна", "МБОУ СОШ № 2",
                "учитель математики");

        teacher.sends("/profile");
        BotMessage card = teacher.receives("Ваши данные для банка данных педагогов");
        assertThat(card.text()).contains("ФИО: Иванова Мария Петровна", "Место работы: МБОУ СОШ № 2",
                "Должность (совмещение): не указано", "Квалификационная категория: не указано");
        teacher.presses(card, "✏️ Заполнить пустые по порядку");

        BotMessage combined = teacher.receives("Должность по совмещению");
        assertThat(combined.buttonTexts()).containsExactly("Пропустить", "Готово");
        teacher.presses(combined, "Пропустить");

        BotMessage education = teacher.receives("Образование — выберите уровень");
        assertThat(education.buttonTexts()).containsExactly("среднее профессиональное (СПО)", "высшее (ВО)",
                "Пропустить", "Готово");
        teacher.sends("высшее");
        teacher.receives("Выберите вариант кнопкой");
        education = teacher.receives("Образование — выберите уровень");
        teacher.presses(education, "высшее (ВО)");
        teacher.receives("Сохранено: Образование — высшее (ВО)");

        teacher.receives("Квалификация по диплому");
        teacher.sends("У");
        teacher.receives("Слишком коротко");
        teacher.sends("учитель математики и физики");
        teacher.receives("Сохранено: Квалификация по диплому");

        teacher.presses(teacher.receives("Профессиональная переподготовка"), "Пропустить");

        teacher.receives("Общий стаж работы");
        teacher.sends("десять");
        teacher.receives("Нужно целое число лет от 0 до 60");
        teacher.sends("-3");
        teacher.receives("Нужно целое число лет");
        teacher.sends("75");
        teacher.receives("Стаж должен быть от 0 до 60 лет");
        teacher.sends("10");
        teacher.receives("Сохранено: Общий стаж — 10 лет");

        teacher.receives("Педагогический стаж");
        teacher.sends("12");
        teacher.receives("не может быть больше общего (10)");
        teacher.sends("8");
        teacher.receives("Сохранено: Педагогический стаж — 8 лет");

        teacher.presses(teacher.receives("Квалификационная категория:"), "первая");
        teacher.receives("Сохранено: Квалификационная категория — первая");

        teacher.sends("/members");
        teacher.receives("Сначала закончите текущий шаг");
        BotMessage courses = teacher.receives("регионального уровня: тема, год, объём");
        teacher.presses(courses, "Готово");
        card = teacher.receives("Ваши данные для банка данных педагогов");
        assertThat(card.text()).contains("Образование: высшее (ВО)", "Общий стаж: 10 лет",
                "Педагогический стаж: 8 лет", "Квалификационная категория: первая",
                "Должность (совмещение): не указано", "Переподготовка: не указано");

        // Back to a skipped field from the card, and a date with every kind of mistake.
        teacher.presses(card, "Должность (совмещение)");
        teacher.sends("педагог-психолог");
        teacher.receives("Сохранено: Должность (совмещение) — педагог-психолог");
        card = teacher.receives("Ваши данные для банка данных педагогов");
        teacher.presses(card, "Дата рождения");
        teacher.receives("ДД.ММ.ГГГГ");
        teacher.sends("31.02.1990");
        teacher.receives("Не похоже на дату");
        teacher.sends("1990-03-07");
        teacher.receives("Не похоже на дату");
        teacher.sends("07.03." + (LocalDate.now().getYear() + 1));
        teacher.receives("Эта дата ещё не наступила");
        teacher.sends("07.03.1900");
        teacher.receives("меньше 18 или больше 100 лет");
        teacher.sends("07.03.1985");
        teacher.receives("Сохранено: Дата рождения — 07.03.1985");

        // Lowering the total below the teaching experience is refused as well.
        card = teacher.receives("Ваши данные для банка данных педагогов");
        teacher.presses(card, "Общий стаж");
        teacher.receives("Сейчас: 10 лет");
        teacher.sends("5");
        teacher.receives("Общий стаж не может быть меньше педагогического (8)");
        teacher.sends("/cancel");
        teacher.receives("Заполнение остановлено");

        var person = bean(PersonService.class).findPerson(teacher.id()).orElseThrow();
        var values = bean(ProfileService.class).values(person);
        assertThat(values.get(ProfileField.EDUCATION_LEVEL)).isEqualTo(EducationLevel.HIGHER);
        assertThat(values.get(ProfileField.QUALIFICATION)).isEqualTo("учитель математики и физики");
        assertThat(values.get(ProfileField.TOTAL_EXPERIENCE)).isEqualTo(10);
        assertThat(values.get(ProfileField.TEACHING_EXPERIENCE)).isEqualTo(8);
        assertThat(values.get(ProfileField.CATEGORY)).isEqualTo(Category.FIRST);
        assertThat(values.get(ProfileField.COMBINED_POSITION)).isEqualTo("педагог-психолог");
        assertThat(values.get(ProfileField.BIRTH_DATE)).isEqualTo(LocalDate.of(1985, 3, 7));
        assertThat(values.get(ProfileField.RETRAINING)).isNull();
    }

    @Test
    void aRestartInTheMiddleOfTheProfileContinuesAtTheSameQuestion() {
        Codes codes = newAssociation("МУМО учителей географии");
        Phone teacher = registered("Зоя", codes.member(), "Котова Зоя Павловна", "Школа 12", "учитель географии");
        teacher.sends("/profile");
        teacher.presses(teacher.receives("Ваши данные для банка данных"), "✏️ Заполнить пустые по порядку");
        teacher.presses(teacher.receives("Должность по совмещению"), "Пропустить");
        teacher.presses(teacher.receives("Образование — выберите уровень"), "высшее (ВО)");
        teacher.receives("Квалификация по диплому");

        restartBot();

        teacher.sends("учитель географии и биологии");
        teacher.receives("Сохранено: Квалификация по диплому — учитель географии и биологии");
        teacher.receives("Профессиональная переподготовка");
    }

    @Test
    void anEnglishSpeakerFillsTheProfileInEnglish() {
        Codes codes = newAssociation("Maths teachers of Spirovo");
        Phone teacher = newPhone("John", "en");
        teacher.sends("/start " + codes.member());
        teacher.presses(teacher.receives("Consent to the processing of personal data"), "✅ I accept");
        teacher.receives("full name");
        teacher.sends("Smith John William");
        teacher.receives("Place of work");
        teacher.sends("School 9");
        teacher.receives("Your position");
        teacher.sends("maths teacher");
        teacher.receives("Welcome, Smith John William");

        teacher.sends("/profile");
        BotMessage card = teacher.receives("Your entry in the association's member data bank");
        assertThat(card.text()).contains("Full name: Smith John William", "Qualification category: not given");
        teacher.presses(card, "Teaching experience");
        teacher.sends("ten");
        teacher.receives("Please write a whole number of years from 0 to 60");
        teacher.sends("1");
        teacher.receives("Saved: Teaching experience is 1 year.");
        teacher.presses(teacher.receives("Your entry"), "Education");
        teacher.presses(teacher.receives("Education: choose the level"), "higher");
        teacher.receives("Saved: Education is higher.");
    }

    @Test
    void theNameCanBeCorrectedWithTheSameRulesAsAtRegistration() {
        Codes codes = newAssociation("МУМО учителей литературы");
        Phone teacher = registered("Пётр", codes.member(), "Сидоров Пётр Ильич", "Школа 4", "учитель литературы");
        teacher.sends("/profile");
        teacher.presses(teacher.receives("Ваши данные для банка данных"), "ФИО");
        teacher.receives("Сейчас: Сидоров Пётр Ильич");
        teacher.sends("Пётр");
        teacher.receives("буквами, через пробел");
        teacher.sends("Сидоров-Кузнецов Пётр Ильич");
        teacher.receives("Сохранено: ФИО — Сидоров-Кузнецов Пётр Ильич");
        assertThat(bean(PersonService.class).findPerson(teacher.id()).orElseThrow().getFullName())
                .isEqualTo("Сидоров-Кузнецов Пётр Ильич");
    }

    @Test
    void theOfficialLearnsWhatTheHeadLacksUnderS35OnceTheProfileIsFilledWithoutBlockingTheAppointment() {
        Phone official = official();
        Codes codes = newAssociation("МУМО педагогов-психологов");
        Phone chair = registered("Ирина", codes.chair(), "Волкова Ирина Андреевна", "Школа 6", "педагог-психолог");
        assertThat(chair.receives("Вы назначены руководителем «МУМО педагогов-психологов»").text())
                .contains("По п. 3.5 Положения руководитель — специалист с высшим профессиональным образованием",
                        "в /profile образование, квалификационную категорию и педагогический стаж");

        chair.sends("/profile");
        chair.presses(chair.receives("Ваши данные для банка данных"), "Образование");
        chair.presses(chair.receives("Образование — выберите уровень"), "среднее профессиональное (СПО)");
        chair.presses(chair.receives("Ваши данные для банка данных"), "Квалификационная категория");
        chair.presses(chair.receives("Квалификационная категория:"), "высшая");
        chair.presses(chair.receives("Ваши данные для банка данных"), "Педагогический стаж");
        chair.sends("2");
        BotMessage check = official.receives("Руководитель «МУМО педагогов-психологов» Волкова Ирина Андреевна"
                + " заполнил(а) или обновил(а) профиль. Проверка по п. 3.5 Положения");
        assertThat(check.text()).contains("❌ высшее профессиональное образование — не соответствует",
                "✅ первая или высшая квалификационная категория", "❌ педагогический стаж не менее 3 лет",
                "Назначение действует").doesNotContain("❔");
        assertThat(telegram.messagesIn(OFFICIAL)).extracting(ScenarioSupport::text).as("nothing before it was filled")
                .filteredOn(t -> t.contains("Волкова Ирина Андреевна")).hasSize(1);

        chair.presses(chair.receives("Ваши данные для банка данных"), "Образование");
        chair.presses(chair.receives("Образование — выберите уровень"), "высшее (ВО)");
        official.receives("✅ высшее профессиональное образование");
        chair.presses(chair.receives("Ваши данные для банка данных"), "Педагогический стаж");
        chair.sends("4");
        assertThat(official.receives("обновил(а) профиль").text()).contains("Все требования выполнены");

        // A change that does not concern S 3.5 tells the official nothing.
        chair.presses(chair.receives("Ваши данные для банка данных"), "Награды");
        chair.sends("Почётная грамота Министерства просвещения");
        chair.receives("Сохранено: Награды");
        official.receivesNothingMore();
    }
}
