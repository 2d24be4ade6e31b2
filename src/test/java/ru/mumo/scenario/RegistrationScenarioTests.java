package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import ru.mumo.emulator.BotMessage;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.PersonService;
import ru.mumo.membership.Role;

class RegistrationScenarioTests extends ScenarioSupport {

    private static final Pattern LINK = Pattern.compile("https://t\\.me/" + BOT + "\\?start=([A-Za-z0-9_-]+)");
    static final String TEREK = "Положение Терского района";
    static final String SPIROVO = "Положение Спировского округа";

    @Test
    void anOfficialCreatesAnAssociationUnderARegulationAndTheChairAndATeacherRegister() {
        Phone official = official();
        official.sends("/new_association МУМО педагогов-психологов");
        BotMessage pick = official.receives("Какому положению следует «МУМО педагогов-психологов»?");
        assertThat(pick.buttonTexts()).containsExactly("📜 " + TEREK, "📜 " + SPIROVO);
        official.sends("/members");
        official.receives("Сначала закончите текущий шаг");
        BotMessage again = official.receives("Какому положению следует «МУМО педагогов-психологов»?");
        official.presses(again, "📜 " + SPIROVO);
        BotMessage created = official.seesEdited(again, "МУМО «МУМО педагогов-психологов» создано. Положение: "
                + SPIROVO);
        assertThat(created.text()).contains("Ссылка для руководителя (одноразовая)", "Ссылка для членов МУМО");
        official.pressesAsBefore(pick, "📜 " + TEREK);
        official.receivesNothingMore();
        String chairCode = code(created, 0);
        String memberCode = code(created, 1);

        Phone chair = newPhone("Анна");
        register(chair, chairCode, "Петрова Анна Сергеевна", "МБОУ СОШ № 1 пос. Спирово", "педагог-психолог");
        chair.receives("ваша роль: руководитель");

        Phone teacher = newPhone("Мария");
        register(teacher, memberCode, "Иванова Мария Петровна", "МБОУ СОШ № 2", "учитель математики");
        teacher.receives("ваша роль: член МУМО");
        chair.receives("В МУМО вступил(а) Иванова Мария Петровна");

        teacher.sends("/members");
        BotMessage members = teacher.receives("Состав «МУМО педагогов-психологов»: 2 члена МУМО");
        assertThat(members.text()).contains("Петрова Анна Сергеевна — руководитель", "Иванова Мария Петровна")
                .doesNotContain("председатель");

        var person = bean(PersonService.class).findPerson(teacher.id()).orElseThrow();
        assertThat(person.getWorkPlace()).isEqualTo("МБОУ СОШ № 2");
        assertThat(person.getPosition()).isEqualTo("учитель математики");
        assertThat(person.getConsentVersion()).isEqualTo("2026-12");
        assertThat(person.getConsentAcceptedAt()).isNotNull();
    }

    @Test
    void theChairLinkAdmitsOnePerson() {
        Codes codes = newAssociation("МУМО учителей истории");
        register(newPhone("Анна"), codes.chair(), "Сидорова Анна Ивановна", "Школа 3", "учитель истории");

        Phone second = newPhone("Борис");
        second.sends("/start " + codes.chair());
        second.receives("уже использована");
        assertThat(bean(PersonService.class).findPerson(second.id())).isEmpty();
    }

    @Test
    void anOfficialIssuesANewChairLinkWhenTheFirstExpiredAndSeesTheChairInTheOverview() {
        Codes codes = newAssociation("МУМО учителей физкультуры", TEREK);
        clock.shift(Duration.ofDays(31));
        Phone late = newPhone("Вера");
        late.sends("/start " + codes.chair());
        late.receives("Срок действия ссылки-приглашения истёк");

        Phone official = official();
        official.sends("/associations");
        BotMessage overview = pageWith(official, official.receives("МУМО в боте:"), "МУМО учителей физкультуры");
        assertThat(overview.text()).contains(
                "• МУМО учителей физкультуры (" + TEREK + "): председателя нет; в составе 0 человек.");
        official.presses(overview, "🔗 Председатель: МУМО учителей физкультуры");
        BotMessage link = official.receives("Новая ссылка для председателя «МУМО учителей физкультуры»");
        assertThat(link.text()).contains("Сейчас председателя нет.");

        register(late, code(link, 0), "Павлова Вера Андреевна", "МБОУ СОШ № 7", "учитель физкультуры");
        late.receives("ваша роль: председатель");
        official.sends("/associations");
        assertThat(pageWith(official, official.receives("МУМО в боте:"), "МУМО учителей физкультуры").text()).contains(
                "• МУМО учителей физкультуры (" + TEREK + "): председатель — Павлова Вера Андреевна; в составе 1 человек.");
        late.sends("/associations");
        late.receives("недоступна");
    }

    @Test
    void aNewChairLinkVoidsTheOldUnusedOneAndTheOutgoingChairIsTold() {
        Codes codes = newAssociation("МУМО учителей технологии", TEREK);
        Phone first = newPhone("Фёдор");
        register(first, codes.chair(), "Фёдоров Фёдор Фёдорович", "Школа 4", "учитель технологии");
        first.receives("ваша роль: председатель");

        Phone official = official();
        official.sends("/associations");
        BotMessage overview = pageWith(official, official.receives("МУМО в боте:"), "МУМО учителей технологии");
        official.presses(overview, "🔗 Председатель: МУМО учителей технологии");
        String older = code(official.receives("Новая ссылка для председателя «МУМО учителей технологии»"), 0);
        official.presses(overview, "🔗 Председатель: МУМО учителей технологии");
        BotMessage newer = official.receives("Новая ссылка для председателя «МУМО учителей технологии»");
        assertThat(newer.text()).contains("прежние неиспользованные ссылки больше не действуют",
                "Сейчас председатель — Фёдоров Фёдор Фёдорович");

        Phone late = newPhone("Глафира");
        late.sends("/start " + older);
        late.receives("Эта ссылка-приглашение больше не действует");
        register(late, code(newer, 0), "Глебова Глафира Львовна", "Школа 6", "учитель технологии");
        late.receives("ваша роль: председатель");
        first.receives("В «МУМО учителей технологии» назначен новый председатель — Глебова Глафира Львовна. Вы остаётесь"
                + " в составе как член МУМО.");
    }

    @Test
    void theOverviewShowsTenAssociationsAPageAndTurnsPagesInPlace() {
        AssociationService associations = bean(AssociationService.class);
        for (int i = 1; i <= 11; i++) {
            associations.createAssociation(String.format("ЯМУМО проверки страниц %02d", i), "TEREK", OFFICIAL);
        }
        Phone official = official();
        official.sends("/associations");
        BotMessage overview = official.receives("МУМО в боте:");
        assertThat(overview.text()).contains("Страница 1 из");
        assertThat(overview.buttonTexts()).filteredOn(t -> t.startsWith("🔗")).hasSize(10);
        assertThat(overview.buttonTexts()).contains("Дальше ▶️").doesNotContain("◀️ Назад");
        official.presses(overview, "Дальше ▶️");
        BotMessage second = official.seesEdited(overview, "Страница 2 из");
        assertThat(second.buttonTexts()).contains("◀️ Назад");
        official.presses(second, "◀️ Назад");
        official.seesEdited(overview, "Страница 1 из");
    }

    /** Turns the overview's pages until the association shows. */
    private static BotMessage pageWith(Phone official, BotMessage overview, String association) {
        BotMessage page = overview;
        for (int turns = 0; !page.text().contains("• " + association + " ("); turns++) {
            assertThat(turns).as("pages turned looking for " + association).isLessThan(20);
            String at = page.text().replaceAll("(?s).*Страница (\\d+) из.*", "$1");
            official.presses(page, "Дальше ▶️");
            page = official.seesEdited(overview, "Страница " + (Integer.parseInt(at) + 1) + " из");
        }
        return page;
    }

    @Test
    void declineStoresNothingAndSaysHowToComeBack() {
        Codes codes = newAssociation("МУМО психологов");
        Phone teacher = newPhone("Вера");
        teacher.sends("/start " + codes.member());
        BotMessage consent = teacher.receives("Согласие на обработку персональных данных");
        teacher.presses(consent, "Не принимаю");
        teacher.seesEdited(consent, "ничего о вас не сохранили");
        assertThat(bean(PersonService.class).findPerson(teacher.id())).isEmpty();

        teacher.sends("Вера Николаевна");
        teacher.receives("Вы ещё не зарегистрированы");
    }

    @Test
    void badAnswersGetAClearReplyAndTheDialogGoesOn() {
        Codes codes = newAssociation("МУМО учителей физики");
        Phone teacher = newPhone("Глеб");
        teacher.sends("/start " + codes.member());
        BotMessage consent = teacher.receives("Согласие на обработку");
        teacher.sends("да");
        teacher.receives("нажмите «Принимаю» или «Не принимаю»");
        teacher.presses(consent, "✅ Принимаю");
        teacher.receives("фамилию, имя и отчество");

        teacher.sends("Глеб");
        teacher.receives("буквами, через пробел");
        teacher.sends("Глеб 123");
        teacher.receives("буквами, через пробел");
        teacher.sends("Я".repeat(151) + " Б");
        teacher.receives("не больше 150 символов");
        teacher.sends("/members");
        teacher.receives("Сначала закончите текущий шаг");
        teacher.receives("фамилию, имя и отчество");
        teacher.sends("Орлов Глеб Андреевич");
        teacher.receives("Место работы");
        teacher.sends("Ш");
        teacher.receives("Слишком коротко");
        teacher.sends("Лицей № 1");
        teacher.receives("должность");
        teacher.sends("учитель физики");
        teacher.receives("Добро пожаловать, Орлов Глеб Андреевич");
    }

    @Test
    void strangersAndWrongRolesArePolitelyRefused() {
        Phone stranger = newPhone("Дмитрий");
        stranger.sends("/start");
        stranger.receives("откройте ссылку-приглашение");
        stranger.sends("/start nosuchcode123");
        stranger.receives("Такой ссылки-приглашения нет");
        stranger.sends("привет");
        stranger.receives("Вы ещё не зарегистрированы");
        stranger.sends("/members");
        stranger.receives("только членам МУМО");
        stranger.sends("/new_association Моё МУМО");
        stranger.receives("только членам МУМО");
        stranger.sends("/frobnicate");
        stranger.receives("Команды /frobnicate нет");

        Codes codes = newAssociation("МУМО учителей химии");
        Phone teacher = newPhone("Елена");
        register(teacher, codes.member(), "Кузнецова Елена Олеговна", "Школа 5", "учитель химии");
        teacher.receives("Добро пожаловать");
        teacher.sends("/invite");
        teacher.receives("недоступна в вашей роли");
        teacher.sends("/appoint");
        teacher.receives("недоступна в вашей роли");
        teacher.sends("какой-то текст");
        teacher.receives("Не понимаю это сообщение");

        official().sends("/new_association");
        official().receives("Укажите название");
    }

    @Test
    void anExpiredLinkIsRefused() {
        Codes codes = newAssociation("МУМО учителей биологии");
        clock.shift(Duration.ofDays(31));
        Phone teacher = newPhone("Жанна");
        teacher.sends("/start " + codes.member());
        teacher.receives("Срок действия ссылки-приглашения истёк");
    }

    @Test
    void cancelEndsTheDialogAndKeepsNothing() {
        Codes codes = newAssociation("МУМО учителей географии");
        Phone teacher = newPhone("Зоя");
        teacher.sends("/start " + codes.member());
        teacher.presses(teacher.receives("Согласие на обработку"), "✅ Принимаю");
        teacher.receives("фамилию");
        teacher.sends("/cancel");
        teacher.receives("Регистрация отменена");
        teacher.sends("Зоя Павловна Котова");
        teacher.receives("Вы ещё не зарегистрированы");
        teacher.sends("/cancel");
        teacher.receives("Отменять нечего");
        assertThat(bean(PersonService.class).findPerson(teacher.id())).isEmpty();
    }

    @Test
    void theChairAppointsASecretaryWhoGetsTheOfficersCommands() {
        Codes codes = newAssociation("МУМО учителей информатики");
        Phone chair = newPhone("Игорь");
        register(chair, codes.chair(), "Белов Игорь Петрович", "Школа 7", "учитель информатики");
        chair.receives("Добро пожаловать");
        Phone teacher = newPhone("Ксения");
        register(teacher, codes.member(), "Морозова Ксения Игоревна", "Школа 8", "учитель информатики");
        teacher.receives("Добро пожаловать");

        teacher.sends("/help");
        BotMessage memberHelp = teacher.receives("Вам доступны команды");
        assertThat(memberHelp.text()).contains("/members", "/help").doesNotContain("/invite", "/appoint", "/new_association");

        chair.sends("/appoint");
        BotMessage pick = chair.receives("Кого назначить?");
        chair.presses(pick, "Морозова Ксения Игоревна");
        chair.seesEdited(pick, "Какую роль дать?");
        chair.presses(pick, "ответственный секретарь");
        chair.seesEdited(pick, "Готово: Морозова Ксения Игоревна — ответственный секретарь");
        teacher.receives("Вам назначена роль «ответственный секретарь»");

        teacher.sends("/help");
        assertThat(teacher.receives("Вам доступны команды").text()).contains("/invite").doesNotContain("/appoint");
        teacher.sends("/invite");
        teacher.receives("Ссылка-приглашение в «МУМО учителей информатики»");

        assertThat(bean(PersonService.class).findPerson(teacher.id())
                .flatMap(p -> bean(PersonService.class).currentMembership(p)).orElseThrow().getRole())
                .isEqualTo(Role.SECRETARY);
        awaitMenu(teacher.id(), "invite");
    }

    @Test
    void menusAreSetForEveryoneAndPerChatForOfficers() {
        waiting().until(() -> telegram.commandsByScope().containsKey("default"));
        assertThat(telegram.commandsByScope().get("default")).extracting(c -> c.command())
                .contains("help", "members", "language").doesNotContain("invite", "new_association", "start");
        assertThat(telegram.commandsByScope().get("default/en")).extracting(c -> c.description())
                .contains("What I can do");

        official().sends("/start");
        official().receives("Управления образования");
        awaitMenu(OFFICIAL, "new_association");
    }

    @Test
    void englishSpeakersAreAnsweredInEnglishAndCanSwitch() {
        Codes codes = newAssociation("Maths teachers");
        Phone teacher = newPhone("John", "en");
        teacher.sends("/start " + codes.member());
        BotMessage consent = teacher.receives("Consent to the processing of personal data");
        teacher.presses(consent, "✅ I accept");
        teacher.receives("full name");
        teacher.sends("Smith John William");
        teacher.receives("Place of work");
        teacher.sends("School 9");
        teacher.receives("Your position");
        teacher.sends("maths teacher");
        teacher.receives("Welcome, Smith John William! You are in \"Maths teachers\" as member");
        teacher.sends("/members");
        teacher.receives("Members of \"Maths teachers\": 1 member");

        teacher.sends("/language");
        teacher.presses(teacher.receives("Choose your language"), "Русский");
        teacher.sends("/members");
        teacher.receives("Состав «Maths teachers»: 1 член МУМО");
    }

    @Test
    void aRedeliveredUpdateChangesNothing() {
        Codes codes = newAssociation("МУМО учителей музыки");
        Phone teacher = newPhone("Лидия");
        teacher.sends("/start " + codes.member());
        teacher.presses(teacher.receives("Согласие на обработку"), "✅ Принимаю");
        teacher.receives("фамилию");
        teacher.sends("Соколова Лидия Павловна");
        teacher.receives("Место работы");
        teacher.sends("Школа искусств");
        teacher.receives("должность");
        long last = teacher.sends("учитель музыки");
        teacher.receives("Добро пожаловать");

        telegram.redeliver(last);
        teacher.receivesNothingMore();
        var person = bean(PersonService.class).findPerson(teacher.id()).orElseThrow();
        assertThat(bean(MembershipService.class).membershipsOf(person)).hasSize(1);
    }

    @Test
    void aRestartInTheMiddleOfRegistrationContinuesTheDialog() {
        Codes codes = newAssociation("МУМО учителей ИЗО");
        Phone teacher = newPhone("Нина");
        teacher.sends("/start " + codes.member());
        teacher.presses(teacher.receives("Согласие на обработку"), "✅ Принимаю");
        teacher.receives("фамилию");
        teacher.sends("Лебедева Нина Андреевна");
        teacher.receives("Место работы");

        restartBot();

        teacher.sends("Школа 12");
        teacher.receives("должность");
        teacher.sends("учитель ИЗО");
        teacher.receives("Добро пожаловать, Лебедева Нина Андреевна");
    }

    @Test
    void aPersonInTwoAssociationsSwitchesBetweenThem() {
        Codes first = newAssociation("МУМО первое");
        Codes second = newAssociation("МУМО второе");
        Phone teacher = newPhone("Ольга");
        register(teacher, first.member(), "Григорьева Ольга Ивановна", "Школа 1", "учитель");
        teacher.receives("Добро пожаловать");
        teacher.sends("/start " + second.member());
        BotMessage confirm = teacher.receives("Вступить в «МУМО второе»? Роль: член МУМО.");
        assertThat(bean(PersonService.class).findPerson(teacher.id())
                .map(p -> bean(MembershipService.class).membershipsOf(p).size())).as("nothing before the press")
                .contains(1);
        teacher.presses(confirm, "✅ Вступить");
        teacher.seesEdited(confirm, "Ссылка принята");
        teacher.receives("Вы в «МУМО второе»");
        teacher.pressesAsBefore(confirm, "✅ Вступить");
        teacher.receivesNothingMore();

        teacher.sends("/association");
        BotMessage choose = teacher.receives("Выберите МУМО");
        teacher.presses(choose, "МУМО первое — член МУМО");
        teacher.seesEdited(choose, "Теперь команды относятся к «МУМО первое»");
        teacher.sends("/members");
        teacher.receives("Состав «МУМО первое»");

        teacher.sends("/start " + first.member());
        teacher.receives("Вы уже состоите в этом МУМО");
    }

    private void register(Phone phone, String code, String fullName, String workPlace, String position) {
        phone.sends("/start " + code);
        BotMessage consent = phone.receives("Согласие на обработку персональных данных");
        assertThat(consent.buttonTexts()).containsExactly("✅ Принимаю", "Не принимаю");
        phone.presses(consent, "✅ Принимаю");
        phone.seesEdited(consent, "Согласие принято");
        phone.receives("фамилию, имя и отчество");
        phone.sends(fullName);
        phone.receives("Место работы");
        phone.sends(workPlace);
        phone.receives("должность");
        phone.sends(position);
    }

    /** An association under the Spirovo regulation, whose members join without the chair's approval. */
    private Codes newAssociation(String name) {
        return newAssociation(name, SPIROVO);
    }

    private Codes newAssociation(String name, String regulation) {
        Phone official = official();
        official.sends("/new_association " + name);
        BotMessage pick = official.receives("Какому положению следует «" + name + "»?");
        official.presses(pick, "📜 " + regulation);
        BotMessage created = official.seesEdited(pick, "«" + name + "» создано");
        return new Codes(code(created, 0), code(created, 1));
    }

    private void awaitMenu(long chatId, String command) {
        waiting().alias("a per-chat menu with /" + command + " for " + chatId).until(() -> {
            var menu = telegram.commandsByScope().get("chat:" + chatId);
            return menu != null && menu.stream().anyMatch(c -> c.command().equals(command));
        });
    }

    private static String code(BotMessage message, int index) {
        Matcher matcher = LINK.matcher(message.text());
        for (int i = 0; i <= index; i++) {
            assertThat(matcher.find()).as("invite link %d in %s", i, message.text()).isTrue();
        }
        return matcher.group(1);
    }

    private record Codes(String chair, String member) {
    }
}
