package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ru.mumo.emulator.BotMessage;
import ru.mumo.membership.PersonService;
import ru.mumo.membership.Role;

/**
 * The member's rights over their data (152-FZ): /mydata, /forget, a new consent text, and who may see what.
 */
class PersonalDataScenarioTests extends DataBankScenarios {

    private static final String NAME = "Загорулько Ефросинья Тимофеевна";
    private static final String WORK = "Гимназия имени Пушкина № 77";
    private static final String POSITION = "учитель словесности";
    private static final String QUALIFICATION = "филолог-русист, преподаватель";
    private static final String DEFICITS = "цифровые инструменты формирующего оценивания";
    private static final String AWARDS = "Почётная грамота губернатора Тверской области";
    private static final String BIRTH = "14.09.1979";

    @Test
    void myDataSendsEverythingAndForgetErasesItFromEveryTable() throws IOException {
        Codes codes = newAssociation("МУМО учителей русского языка");
        Phone chair = registered("Лидия", codes.chair(), "Корнеева Лидия Павловна", "Школа 1", "учитель");
        Phone teacher = registered("Ефросинья", codes.member(), NAME, WORK, POSITION);
        chair.receives("В МУМО вступил(а) " + NAME);
        answer(teacher, "Квалификация по диплому", QUALIFICATION);
        answer(teacher, "Выявленные профдефициты", DEFICITS);
        answer(teacher, "Награды", AWARDS);
        answer(teacher, "Дата рождения", BIRTH);

        // The chair has seen her in the list, on her card and in the export: all of it is in the outbox.
        chair.sends("/members");
        chair.presses(chair.receives("Состав «МУМО учителей русского языка»"), "📇 " + NAME);
        assertThat(chair.receives("Карточка банка данных").text()).contains(DEFICITS, AWARDS);
        chair.sends("/export");
        receivesDocument(chair, "Банк данных");

        teacher.sends("/mydata");
        BotMessage.Document file = receivesDocument(teacher, "Все данные, которые бот хранит о вас");
        assertThat(file.fileName()).isEqualTo("my-data.txt");
        Files.write(Path.of("target", "my-data.txt"), file.bytes());
        String report = new String(file.bytes(), StandardCharsets.UTF_8);
        assertThat(report).contains("ФИО: " + NAME, "Место работы: " + WORK, "Должность (основная): " + POSITION,
                "Квалификация по диплому: " + QUALIFICATION, "Выявленные профдефициты: " + DEFICITS,
                "Награды: " + AWARDS, "Дата рождения: " + BIRTH, "Переподготовка: не указано",
                "Идентификатор Telegram: " + teacher.id(), "редакция 2026-12",
                "«МУМО учителей русского языка»: с ", "член МУМО — с ");

        // She is in the middle of a profile question when she decides to withdraw.
        teacher.sends("/profile");
        teacher.presses(teacher.receives("Ваши данные для банка данных"), "Звания");
        teacher.receives("Почётные звания");
        teacher.sends("/forget");
        BotMessage confirm = teacher.receives("Отзыв согласия на обработку персональных данных");
        assertThat(confirm.text()).contains("Сохранятся: обезличенная история членства");
        teacher.presses(confirm, "Да, удалить мои данные");
        teacher.seesEdited(confirm, "Ваши данные удалены");
        assertThat(teacher.current(confirm).text()).contains("вместо ФИО теперь «Участник удалён»");
        chair.receives("Человек из состава «МУМО учителей русского языка» (член МУМО) отозвал согласие");
        awaitOutboxSent();

        List<String> found = placesHolding(null, List.of(NAME, "Загорулько", "Ефросинья", WORK, POSITION, QUALIFICATION,
                DEFICITS, AWARDS, BIRTH));
        assertThat(found).as("places still holding her data").isEmpty();
        assertThat(jdbc().queryForObject("select count(*) from dialog_state where telegram_user_id = ?",
                Integer.class, teacher.id())).isZero();
        assertThat(jdbc().queryForObject("select count(*) from person where telegram_user_id = ?",
                Integer.class, teacher.id())).isZero();
        assertThat(jdbc().queryForList("select full_name from person where erased_at is not null", String.class))
                .containsExactly("Участник удалён");
        assertThat(jdbc().queryForObject("select count(*) from profile p join person r on r.id = p.person_id"
                + " where r.erased_at is not null", Integer.class)).isZero();

        chair.sends("/members");
        assertThat(chair.receives("Состав «МУМО учителей русского языка»: 1 член МУМО").text()).doesNotContain("Участник удалён");
        teacher.sends("/profile");
        teacher.receives("только членам МУМО");
        teacher.sends("/mydata");
        teacher.receives("только членам МУМО");
        assertThat(telegram.commandsByScope().get("chat:" + teacher.id())).extracting(c -> c.command())
                .contains("help").doesNotContain("profile", "mydata", "forget", "members");
    }

    @Test
    void aNewConsentTextMustBeAcceptedBeforeAnythingElse() {
        Codes codes = newAssociation("МУМО учителей английского языка");
        Phone chair = registered("Роза", codes.chair(), "Никитина Роза Ивановна", "Школа 1", "учитель");
        Phone accepting = registered("Тимур", codes.member(), "Ахметов Тимур Ринатович", "Школа 2", "учитель");
        Phone declining = registered("Фёдор", codes.member(), "Ершов Фёдор Ильич", "Школа 3", "учитель");
        accepting.sends("/profile");
        BotMessage oldCard = accepting.receives("Ваши данные для банка данных");
        jdbc().update("update person set consent_version = '2026-11' where telegram_user_id in (?, ?)",
                accepting.id(), declining.id());

        accepting.sends("/members");
        accepting.receives("Текст согласия на обработку персональных данных изменился");
        BotMessage consent = accepting.receives("Согласие на обработку персональных данных");
        assertThat(consent.buttonTexts()).containsExactly("✅ Принимаю", "Не принимаю");
        assertThat(accepting.pressesAndIsAnswered(oldCard, "Образование").text()).contains("Сначала примите новый текст");
        accepting.receives("Текст согласия на обработку персональных данных изменился");
        accepting.sends("/mydata");
        receivesDocument(accepting, "Все данные");
        accepting.presses(consent, "✅ Принимаю");
        accepting.seesEdited(consent, "Согласие принято");
        accepting.receives("Спасибо! Теперь можно продолжать");
        accepting.sends("/members");
        accepting.receives("Состав «МУМО учителей английского языка»: 3 члена МУМО");
        assertThat(bean(PersonService.class).findPerson(accepting.id()).orElseThrow().getConsentVersion())
                .isEqualTo("2026-12");

        chair.sends("/export");
        receivesDocument(chair, "Без согласия и поэтому не включены: 1.");

        declining.sends("/profile");
        consent = declining.receives("Согласие на обработку персональных данных\n");
        declining.presses(consent, "Не принимаю");
        declining.seesEdited(consent, "Вы не приняли новый текст согласия");
        BotMessage forget = declining.receives("Отзыв согласия");
        declining.presses(forget, "Нет, оставить");
        declining.seesEdited(forget, "ничего не удалено");
        declining.sends("какой-то текст");
        declining.receives("Текст согласия на обработку персональных данных изменился");
        assertThat(bean(PersonService.class).findPerson(declining.id()).orElseThrow().getConsentVersion())
                .isEqualTo("2026-11");
    }

    @Test
    void aPersonWithAnOldConsentJoiningAnotherAssociationGivesTheNewConsentOnTheWay() {
        Codes first = newAssociation("МУМО учителей технологии");
        Codes second = newAssociation("МУМО учителей ОБЗР");
        Phone teacher = registered("Гордей", first.member(), "Панов Гордей Ильич", "Школа 8", "учитель технологии");
        jdbc().update("update person set consent_version = '2026-11' where telegram_user_id = ?", teacher.id());

        teacher.sends("/start " + second.member());
        teacher.presses(teacher.receives("Согласие на обработку персональных данных"), "✅ Принимаю");
        teacher.receives("фамилию, имя и отчество");
        teacher.sends("Панов Гордей Ильич");
        teacher.receives("Место работы");
        teacher.sends("Школа 8");
        teacher.receives("должность");
        teacher.sends("учитель ОБЗР");
        teacher.receives("Вы в «МУМО учителей ОБЗР»");
        assertThat(bean(PersonService.class).findPerson(teacher.id()).orElseThrow().getConsentVersion())
                .isEqualTo("2026-12");
        teacher.sends("/members");
        teacher.receives("Состав «МУМО учителей ОБЗР»");
    }

    @Test
    void theOfficialIsToldWhenTheChairLeaves() {
        Phone official = official();
        Codes codes = newAssociation("МУМО учителей физкультуры");
        Phone chair = registered("Глеб", codes.chair(), "Жуков Глеб Андреевич", "Школа 9", "учитель физкультуры");
        chair.receives("Вы назначены руководителем «МУМО учителей физкультуры». По п. 3.5 Положения");
        chair.sends("/leave");
        BotMessage confirm = chair.receives("Выйти из «МУМО учителей физкультуры»?");
        chair.presses(confirm, "Да, выйти");
        chair.seesEdited(confirm, "Вы вышли");
        official.receives("Руководитель «МУМО учителей физкультуры» Жуков Глеб Андреевич вышел(а) из состава");
    }

    /** What the answer to each personal-data command must contain, for one role. */
    private record Expected(String profile, String mydata, String forget, String export, String leave) {
    }

    @Test
    void everyRoleGetsExactlyThePersonalDataCommandsItMayUse() throws IOException {
        Codes a = newAssociation("МУМО учителей химии А", TEREK);
        Codes b = newAssociation("МУМО учителей химии Б", TEREK);
        Phone chair = registered("Анна", a.chair(), "Архипова Анна Юрьевна", "Школа 1", "учитель химии");
        Phone deputy = registered("Денис", a.member(), "Дронов Денис Олегович", "Школа 2", "учитель химии");
        Phone secretary = registered("Софья", a.member(), "Соколова Софья Игоревна", "Школа 3", "учитель химии");
        Phone member = registered("Мирон", a.member(), "Мухин Мирон Петрович", "Школа 4", "учитель химии");
        Phone guest = guest(chair, "Гость", "Гусева Галина Павловна");
        Phone other = registered("Борис", a.member(), "Борисов Борис Борисович", "Школа 5", "учитель химии");
        Phone stranger = newPhone("Незнакомец");
        Phone official = official();
        appoint(chair, deputy, Role.DEPUTY);

        // The other association's chair saw A's member list while secretary of A, then became chair of B.
        appoint(chair, other, Role.SECRETARY);
        other.sends("/members");
        BotMessage staleList = other.receives("Состав «МУМО учителей химии А»");
        other.sends("/start " + b.chair());
        other.presses(other.receives("Вступить в «МУМО учителей химии Б»?"), "✅ Вступить");
        other.receives("Вы в «МУМО учителей химии Б»");
        appoint(chair, secretary, Role.SECRETARY);

        String stranger1 = "только членам МУМО";
        String role = "недоступна в вашей роли";
        String card = "Ваши данные для банка данных";
        String data = "FILE";
        String confirm = "Отзыв согласия";
        String leave = "Выйти из «МУМО учителей химии";
        Map<Phone, Expected> matrix = new LinkedHashMap<>();
        matrix.put(stranger, new Expected(stranger1, stranger1, stranger1, stranger1, stranger1));
        matrix.put(official, new Expected(stranger1, stranger1, stranger1, stranger1, stranger1));
        matrix.put(guest, new Expected(card, data, confirm, role, leave));
        matrix.put(member, new Expected(card, data, confirm, role, leave));
        matrix.put(deputy, new Expected(card, data, confirm, role, leave));
        matrix.put(secretary, new Expected(card, data, confirm, data, leave));
        matrix.put(chair, new Expected(card, data, confirm, data, leave));
        matrix.put(other, new Expected(card, data, confirm, data, leave));
        matrix.forEach((phone, expected) -> {
            check(phone, "/profile", expected.profile());
            check(phone, "/mydata", expected.mydata());
            check(phone, "/forget", expected.forget());
            check(phone, "/export", expected.export());
            check(phone, "/leave", expected.leave());
        });

        // Only the chair and the secretary get the card buttons under /members.
        for (Phone phone : List.of(guest, member, deputy)) {
            phone.sends("/members");
            assertThat(phone.receives("Состав «МУМО учителей химии А»").keyboard()).as(phone.user().firstName()).isEmpty();
        }
        secretary.sends("/members");
        BotMessage secretaryList = secretary.receives("Состав «МУМО учителей химии А»");
        secretary.presses(secretaryList, "📇 Мухин Мирон Петрович");
        BotMessage secretaryView = secretary.receives("Карточка банка данных");
        assertThat(secretaryView.text()).contains("ФИО: Мухин Мирон Петрович", "Место работы: Школа 4",
                "История ролей:\nчлен МУМО — с ");
        chair.sends("/members");
        chair.presses(chair.receives("Состав «МУМО учителей химии А»"), "📇 Дронов Денис Олегович");
        assertThat(chair.receives("Карточка банка данных").text())
                .containsPattern("член МУМО — с \\d\\d\\.\\d\\d\\.\\d{4} по \\d\\d\\.\\d\\d\\.\\d{4}\n"
                        + "заместитель председателя — с ");
        assertThat(secretaryView.buttonTexts()).as("only the chair removes members")
                .containsExactly("✍️ Письменное согласие получено");
        chair.sends("/members");
        chair.presses(chair.receives("Состав «МУМО учителей химии А»"), "📇 Мухин Мирон Петрович");
        assertThat(chair.receives("Карточка банка данных").buttonTexts())
                .containsExactly("✍️ Письменное согласие получено", "Исключить из МУМО");

        // A button from association A, pressed by the chair of B acting in B, opens nothing.
        assertThat(other.pressesAndIsAnswered(staleList, "📇 Мухин Мирон Петрович").text())
                .contains("не состоит в вашем МУМО");
        other.receivesNothingMore();

        // A secretary who is no longer one cannot use the buttons she was given while she was.
        appoint(chair, member, Role.SECRETARY);
        secretary.receives("Вам назначена роль «член МУМО»");
        assertThat(secretary.pressesAndIsAnswered(secretaryList, "📇 Дронов Денис Олегович").text())
                .contains("недоступна в вашей роли");
        secretary.receivesNothingMore();

        // The chair of B exports B only.
        other.sends("/export");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                receivesDocument(other, "Банк данных «МУМО учителей химии Б»").bytes()))) {
            List<String> texts = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    texts.add(cell.toString());
                }
            }
            assertThat(texts).contains("Борисов Борис Борисович")
                    .doesNotContain("Мухин Мирон Петрович", "Архипова Анна Юрьевна", "Соколова Софья Игоревна");
        }
    }

    private void check(Phone phone, String command, String expected) {
        phone.sends(command);
        if (expected.equals("FILE")) {
            assertThat(phone.receives(m -> m.document() != null, "a document for " + command).document().bytes())
                    .as(phone.user().firstName() + " " + command).isNotEmpty();
            return;
        }
        BotMessage answer = phone.receives(expected);
        if (expected.startsWith("Отзыв согласия")) {
            phone.presses(answer, "Нет, оставить");
            phone.seesEdited(answer, "ничего не удалено");
        } else if (expected.startsWith("Выйти из")) {
            phone.presses(answer, "Остаться");
            phone.seesEdited(answer, "Вы остаётесь в составе");
        }
    }
}
