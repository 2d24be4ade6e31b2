package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ru.mumo.emulator.BotMessage;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;

/**
 * The data bank export (S Appendix 3) and the rules around it: guests are neither counted nor exported, members
 * without consent to the current text are left out, /leave and removal take effect at once.
 */
class DataBankExportScenarioTests extends DataBankScenarios {

    @Test
    void theExportHasTheLayoutOfAppendix3AndOneRowPerConsentingMember() throws IOException {
        Codes codes = newAssociation("МУМО педагогов-психологов Спировского округа");
        Phone chair = registered("Ирина", codes.chair(), "Волкова Ирина Андреевна", "МБОУ Спировская СОШ № 1",
                "педагог-психолог");
        Phone teacher = registered("Мария", codes.member(), "Иванова Мария Петровна", "МБОУ Спировская СОШ № 2",
                "педагог-психолог");
        Phone late = registered("Олег", codes.member(), "Смирнов Олег Викторович", "Детский сад № 3",
                "педагог-психолог");
        guest(chair, "Гость", "Кириллова Алла Борисовна");
        fill(teacher, "Образование", "высшее (ВО)");
        fill(teacher, "Квалификация по диплому", "педагог-психолог");
        fill(teacher, "Общий стаж", "15");
        fill(teacher, "Педагогический стаж", "12");
        fill(teacher, "Квалификационная категория", "высшая");
        fill(teacher, "Выявленные профдефициты", "работа с детьми с ОВЗ");
        fill(teacher, "Мероприятия (региональные)", "областной семинар психологов, 2025");
        fill(teacher, "Дата рождения", "07.03.1985");
        jdbc().update("update person set consent_version = '2026-11' where telegram_user_id = ?", late.id());

        chair.sends("/municipality Спировский муниципальный округ Тверской области");
        chair.receives("Муниципалитет МУМО: Спировский муниципальный округ");
        chair.sends("/export");
        BotMessage.Document document = receivesDocument(chair, "Банк данных «МУМО педагогов-психологов");
        assertThat(document.fileName()).endsWith(".xlsx");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "data-bank-export.xlsx"), document.bytes());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(document.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("Банк данных педагогических работников и управленческих кадров МУМО");
            assertThat(text(sheet, 1, 0)).isEqualTo("МУМО педагогов-психологов Спировского округа");
            assertThat(text(sheet, 2, 0)).isEqualTo("Спировский муниципальный округ Тверской области");
            assertThat(row(sheet, 5)).startsWith("№ п/п", "ФИО", "Место работы", "Должность (основная)",
                    "Должность (совмещение)", "Образование (СПО, ВО, квалификация)", "Переподготовка", "Стаж работы",
                    "", "Квалификационная категория (первая, высшая)", "Повышение квалификации педагогов", "",
                    "Профдиагностика", "Выявленные профдефициты", "Участие в методических мероприятиях");
            assertThat(row(sheet, 6).subList(7, 17)).containsExactly("Общий", "в т.ч. педагогический", "",
                    "Региональный", "Федеральный", "", "", "Муниципальный уровень", "Региональный уровень",
                    "Федеральный уровень");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(5, 6, 1, 1),
                    new CellRangeAddress(5, 5, 7, 8), new CellRangeAddress(5, 5, 10, 11),
                    new CellRangeAddress(5, 5, 14, 16));

            // Chair and the consenting member, by name; not the guest, not the member with outdated consent.
            assertThat(text(sheet, 7, 1)).isEqualTo("Волкова Ирина Андреевна");
            assertThat(text(sheet, 8, 1)).isEqualTo("Иванова Мария Петровна");
            assertThat(text(sheet, 9, 1)).isEmpty();
            Row maria = sheet.getRow(8);
            assertThat(maria.getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(maria.getCell(2).getStringCellValue()).isEqualTo("МБОУ Спировская СОШ № 2");
            assertThat(maria.getCell(5).getStringCellValue()).isEqualTo("высшее (ВО), педагог-психолог");
            assertThat(maria.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(maria.getCell(7).getNumericCellValue()).isEqualTo(15);
            assertThat(maria.getCell(8).getNumericCellValue()).isEqualTo(12);
            assertThat(maria.getCell(9).getStringCellValue()).isEqualTo("высшая");
            assertThat(maria.getCell(13).getStringCellValue()).isEqualTo("работа с детьми с ОВЗ");
            assertThat(maria.getCell(15).getStringCellValue()).isEqualTo("областной семинар психологов, 2025");
            assertThat(sheet.getRow(6).getLastCellNum()).as("S Appendix 3 has 17 columns").isEqualTo((short) 17);
            assertThat(allText(sheet)).doesNotContain("Кириллова Алла Борисовна", "Смирнов Олег Викторович")
                    .anyMatch(t -> t.contains("ещё не приняли текущий текст согласия") && t.endsWith(": 1."));

            Sheet extra = workbook.getSheetAt(1);
            assertThat(extra.getSheetName()).isEqualTo("Дополнительно (п. 3.6)");
            assertThat(text(extra, 5, 2)).isEqualTo("Дополнительно (п. 3.6 Положения)");
            assertThat(row(extra, 6).subList(2, 7)).containsExactly("Дата рождения", "Специальность", "Награды",
                    "Звания", "Тема самообразования");
            assertThat(text(extra, 8, 1)).isEqualTo("Иванова Мария Петровна");
            assertThat(text(extra, 8, 2)).isEqualTo("07.03.1985");
        }
    }

    @Test
    void guestsJoinByGuestLinkNeverCountAndAreNotInTheDataBank() throws IOException {
        Codes codes = newAssociation("МУМО учителей начальных классов");
        Phone chair = registered("Нина", codes.chair(), "Орлова Нина Петровна", "Школа 1", "учитель");
        registered("Вера", codes.member(), "Белова Вера Ивановна", "Школа 2", "учитель");
        Phone guest = guest(chair, "Гость", "Зайцев Игорь Олегович");
        assertThat(membershipOf(guest).getRole()).isEqualTo(Role.GUEST);

        chair.sends("/members");
        BotMessage members = chair.receives("Состав «МУМО учителей начальных классов»: 2 члена МУМО");
        assertThat(members.text()).contains("Приглашённые (1):", "Зайцев Игорь Олегович");
        assertThat(bean(MembershipService.class).members(membershipOf(chair).getAssociation().getId()).stream()
                .filter(m -> m.getRole().countsAsMember()).count()).isEqualTo(2);

        chair.sends("/appoint");
        assertThat(chair.receives("Кого назначить?").buttonTexts()).doesNotContain("Зайцев Игорь Олегович");
        guest.sends("/export");
        guest.receives("недоступна в вашей роли");

        chair.sends("/export");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                receivesDocument(chair, "Банк данных").bytes()))) {
            assertThat(allText(workbook.getSheetAt(0))).doesNotContain("Зайцев Игорь Олегович")
                    .contains("Орлова Нина Петровна", "Белова Вера Ивановна");
        }
    }

    @Test
    void aMemberLeavesAndTheChairRemovesAnotherAndTheCountsFollowAtOnce() {
        Codes codes = newAssociation("МУМО учителей истории и обществознания");
        Phone chair = registered("Лев", codes.chair(), "Громов Лев Сергеевич", "Школа 10", "учитель истории");
        Phone leaving = registered("Ада", codes.member(), "Лукина Ада Романовна", "Школа 11", "учитель истории");
        Phone removed = registered("Ян", codes.member(), "Титов Ян Игоревич", "Школа 12", "учитель истории");
        registered("Ева", codes.member(), "Фомина Ева Львовна", "Школа 13", "учитель обществознания");
        appoint(chair, leaving, Role.SECRETARY);
        long leavingMembership = membershipOf(leaving).getId();

        leaving.sends("/leave");
        BotMessage confirm = leaving.receives("Выйти из «МУМО учителей истории и обществознания»?");
        leaving.presses(confirm, "Остаться");
        leaving.seesEdited(confirm, "Вы остаётесь в составе");
        leaving.sends("/leave");
        confirm = leaving.receives("Выйти из");
        leaving.presses(confirm, "Да, выйти");
        leaving.seesEdited(confirm, "Вы вышли из «МУМО учителей истории и обществознания»");
        chair.receives("Лукина Ада Романовна (ответственный секретарь) вышел(а)");
        assertThat(jdbc().queryForMap("select live, left_at from membership where id = ?", leavingMembership))
                .containsEntry("LIVE", null).extractingByKey("LEFT_AT").isNotNull();
        assertThat(jdbc().queryForObject("select count(*) from role_assignment where membership_id = ? and ended_at is null",
                Integer.class, leavingMembership)).isZero();
        leaving.sends("/members");
        leaving.receives("недоступна в вашей роли");

        chair.sends("/members");
        BotMessage list = chair.receives("Состав «МУМО учителей истории и обществознания»: 3 члена МУМО");
        chair.presses(list, "📇 Титов Ян Игоревич");
        BotMessage card = chair.receives("Карточка банка данных: член МУМО");
        assertThat(card.text()).contains("ФИО: Титов Ян Игоревич", "Место работы: Школа 12");
        chair.presses(card, "Исключить из МУМО");
        chair.seesEdited(card, "Исключить Титов Ян Игоревич из «МУМО учителей истории и обществознания»?");
        chair.presses(card, "Отмена");
        chair.seesEdited(card, "Карточка банка данных");
        chair.presses(card, "Исключить из МУМО");
        chair.seesEdited(card, "Исключить Титов Ян Игоревич");
        chair.presses(card, "Да, исключить");
        chair.seesEdited(card, "Титов Ян Игоревич исключён(а) из состава. Теперь в составе 2 человека");
        removed.receives("Руководитель исключил(а) вас из «МУМО учителей истории и обществознания»");
        assertThat(jdbc().queryForObject("select ended_by_person_id from role_assignment where membership_id = ?",
                Long.class, removedMembershipId(removed)))
                .isEqualTo(membershipOf(chair).getPerson().getId());

        chair.sends("/members");
        chair.receives("Состав «МУМО учителей истории и обществознания»: 2 члена МУМО");
        // The card button of a removed member no longer opens anything.
        assertThat(chair.pressesAndIsAnswered(list, "📇 Титов Ян Игоревич").text()).contains("не состоит в вашем МУМО");
    }

    private long removedMembershipId(Phone removed) {
        return jdbc().queryForObject("select m.id from membership m join person p on p.id = m.person_id"
                + " where p.telegram_user_id = ?", Long.class, removed.id());
    }

    /** Opens the own card and answers one field, by typing or by the choice button. */
    private void fill(Phone phone, String field, String answer) {
        phone.sends("/profile");
        phone.presses(phone.receives("Ваши данные для банка данных"), field);
        BotMessage question = phone.receives(m -> !m.buttonTexts().isEmpty() && m.buttonTexts().contains("Пропустить"),
                "the question for " + field);
        if (question.buttonTexts().contains(answer)) {
            phone.presses(question, answer);
        } else {
            phone.sends(answer);
        }
        phone.receives("Сохранено: ");
        phone.receives("Ваши данные для банка данных");
    }

    private static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        return cell == null ? "" : cell.toString();
    }

    private static List<String> row(Sheet sheet, int index) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : sheet.getRow(index)) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }

    private static List<String> allText(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                texts.add(cell.toString());
            }
        }
        return texts;
    }
}
