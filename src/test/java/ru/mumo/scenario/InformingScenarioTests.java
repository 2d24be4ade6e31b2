package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.mumo.emulator.BotMessage;
import ru.mumo.emulator.TestUser;
import ru.mumo.membership.Role;

/**
 * Keeping the members informed (T 2.5, T 2.6, T 1.3): an announcement with a forwarded file reaches every member
 * through the outbox and its sender's report, edited in place, says how many it reached and names who could not be
 * reached; materials attached while scheduling and later reach the members and are listed in the protocol, which,
 * once final, goes to every member and never changes.
 */
class InformingScenarioTests extends ScenarioSupport {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String PLAN = "О плане работы на год";
    private static final String OLYMPIAD = "Об итогах олимпиады";

    @Test
    void anAnnouncementToThirtyMembersTwoOfWhomBlockedTheBotReportsTwentyEightOfThirtyAndNamesThem() {
        Team team = newTeam("МУМО учителей музыки");
        team.join("Председатель Пётр Иванович", Role.CHAIR);
        team.join("Секретарь Вера Петровна", Role.SECRETARY);
        for (int i = 0; i < 29; i++) {
            team.join(team.memberName(i), Role.MEMBER);
        }
        team.join("Гостья Приглашённая Сергеевна", Role.GUEST);
        telegram.blockedBy(team.member(3).id());
        telegram.blockedBy(team.member(17).id());
        Phone secretary = team.secretary;

        secretary.sends("/announce");
        secretary.receives("Напишите текст объявления");
        secretary.sends("Коллеги, 20 марта — муниципальный этап конкурса. Положение во вложении.");
        secretary.receives("Приложите файлы");
        byte[] rules = "Положение о конкурсе".getBytes(StandardCharsets.UTF_8);
        telegram.userForwardsDocument(secretary.user(), new TestUser(777, "Методист", null, null, "ru"),
                "Положение о конкурсе.pdf", rules);
        secretary.receives("Добавлен «Положение о конкурсе.pdf» (1)");
        secretary.sends("/done");
        BotMessage audience = secretary.receives("Кому отправить?");
        assertThat(audience.buttonTexts()).containsExactly("Членам МУМО (30)", "Членам МУМО и приглашённым (31)");
        secretary.presses(audience, "Членам МУМО (30)");
        BotMessage preview = secretary.receives("Проверьте объявление. Его получат 30 человек:");
        assertThat(preview.text()).contains("От: Секретарь Вера Петровна (ответственный секретарь)",
                "муниципальный этап конкурса", "📎 Положение о конкурсе.pdf");
        String send = preview.button("📣 Отправить").orElseThrow().callbackData();
        secretary.presses(preview, "📣 Отправить");
        secretary.seesEdited(preview, "Объявление отправляется: 30 получателей");

        BotMessage report = secretary.receives("📣 Объявление от");
        report = secretary.seesEdited(report, "Доставлено: 28 из 30.");
        assertThat(report.text()).contains("Не удалось доставить (2):",
                team.memberName(3) + " — заблокировал(а) бота", team.memberName(17) + " — заблокировал(а) бота",
                "Сообщите им другим способом.");
        for (Phone phone : team.everyone) {
            if (phone == secretary || phone == team.guest || phone == team.member(3) || phone == team.member(17)) {
                continue;
            }
            BotMessage message = phone.receives("МУМО учителей музыки: объявление");
            assertThat(message.text()).contains("От: Секретарь Вера Петровна", "муниципальный этап конкурса");
            BotMessage file = phone.receives(m -> m.document() != null, "the forwarded file");
            assertThat(file.document().fileName()).isEqualTo("Положение о конкурсе.pdf");
            assertThat(file.document().bytes()).isEqualTo(rules);
        }
        team.guest.receivesNothingMore();
        assertThat(telegram.messagesIn(team.member(3).id())).extracting(ScenarioSupport::text)
                .noneMatch(text -> text.contains("объявление"));

        telegram.userPressesTampered(secretary.user(), preview.messageId(), send);
        settle();
        assertThat(secretary.drain()).as("a second press sends nothing").extracting(ScenarioSupport::text)
                .noneMatch(text -> text.contains("Объявление от"));
    }

    @Test
    void materialsReachTheMembersAreListedInTheProtocolAndTheFinalProtocolReachesEveryMember() throws IOException {
        Team team = newTeam("МУМО учителей физики");
        team.join("Председатель Пётр Иванович", Role.CHAIR);
        team.join("Секретарь Вера Петровна", Role.SECRETARY);
        for (int i = 0; i < 3; i++) {
            team.join(team.memberName(i), Role.MEMBER);
        }
        team.join("Гостья Приглашённая Сергеевна", Role.GUEST);
        Phone secretary = team.secretary;
        ZonedDateTime morning = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(1).withHour(10).withMinute(0)
                .withSecond(0).withNano(0);
        clock.moveTo(morning.minusHours(2).toInstant());

        secretary.sends("/meeting_new");
        secretary.receives("Когда заседание?");
        secretary.sends(TYPED.format(morning.plusHours(1)));
        secretary.presses(secretary.receives("Как пройдёт заседание?"), "Очно");
        secretary.receives("Где пройдёт заседание?");
        secretary.sends("Кабинет физики");
        secretary.receives("Повестка дня");
        telegram.userSendsDocument(secretary.user(), "Рано.pdf", new byte[] {1}, null);
        secretary.receives("Материалы можно будет прислать на последнем шаге");
        secretary.sends(PLAN);
        secretary.receives("Вопрос 1 добавлен");
        secretary.sends(OLYMPIAD);
        secretary.receives("Вопрос 2 добавлен");
        secretary.sends("/done");
        assertThat(secretary.receives("Проверьте заседание").text()).contains("📎 Материалы: пришлите сюда файлы");
        byte[] draftPlan = "Проект плана".getBytes(StandardCharsets.UTF_8);
        telegram.userSendsDocument(secretary.user(), "Проект плана.docx", draftPlan, null);
        BotMessage item = secretary.receives("К какому вопросу повестки относится «Проект плана.docx»?");
        assertThat(item.buttonTexts()).containsExactly("1. " + PLAN, "2. " + OLYMPIAD, "Ко всему заседанию");
        secretary.presses(item, "1. " + PLAN);
        BotMessage summary = secretary.receives("Проверьте заседание");
        assertThat(summary.text()).contains("📎 Материалы:\nПроект плана.docx — к вопросу 1");
        secretary.presses(summary, "✅ Подтвердить");
        secretary.seesEdited(summary, "назначено");

        for (Phone phone : team.everyone) {
            BotMessage announcement = phone.receives("назначено заседание");
            assertThat(announcement.buttonTexts()).containsExactly("Приду", "Не смогу", "📎 Материалы (1)");
            phone.receives(m -> m.document() != null && m.document().fileName().endsWith(".ics"), "the calendar");
            BotMessage material = phone.receives(m -> m.document() != null, "the material");
            assertThat(material.document().fileName()).isEqualTo("Проект плана.docx");
            assertThat(material.document().bytes()).isEqualTo(draftPlan);
            assertThat(material.caption()).contains("к вопросу 1 «" + PLAN + "»");
        }

        // Later, with /materials: a second file for item 2; the participants are told.
        secretary.sends("/materials");
        assertThat(secretary.receives("Материалы — заседание от").text()).contains("1. Проект плана.docx — к вопросу 1");
        secretary.receives("Пришлите материалы");
        telegram.userSendsDocument(secretary.user(), "Итоги олимпиады.xlsx", new byte[] {7, 7}, null);
        secretary.presses(secretary.receives("К какому вопросу повестки относится «Итоги олимпиады.xlsx»?"),
                "2. " + OLYMPIAD);
        secretary.receives("Приложено: «Итоги олимпиады.xlsx» — к вопросу 2");
        secretary.sends("/done");
        BotMessage list = secretary.receives("Материалы — заседание от");
        secretary.presses(list, "📣 Сообщить участникам");
        Phone member = team.member(0);
        BotMessage notice = member.receives("Приложены материалы (2)");
        member.presses(notice, "📎 Материалы (2)");
        assertThat(member.receives(m -> m.document() != null, "the first material").document().fileName())
                .isEqualTo("Проект плана.docx");
        assertThat(member.receives(m -> m.document() != null, "the second material").caption())
                .contains("к вопросу 2 «" + OLYMPIAD + "»");

        // The meeting is held; its protocol lists both materials.
        clock.moveTo(morning.toInstant());
        secretary.sends("/checkin");
        checkIn(team.chair, secretary, team.member(0), team.member(1));
        secretary.sends("/meeting_close");
        secretary.receives("Заседание № 1 закрыто");
        secretary.sends("/decided 1 Утвердить план работы.");
        secretary.receives("Записано в протокол: «Решили» по вопросу 1");
        secretary.sends("/protocol");
        BotMessage draft = secretary.receives(ScenarioSupport::docx, "the draft protocol");
        assertThat(String.join("\n", paragraphs(draft))).contains("Материалы:\n1. Проект плана.docx — к вопросу 1\n"
                + "2. Итоги олимпиады.xlsx — к вопросу 2");
        BotMessage approve = secretary.receives("Протокол заседания № 1 (проект)");
        settle();
        team.everyone.forEach(Phone::drain);

        secretary.presses(approve, "✅ Утвердить протокол");
        secretary.presses(secretary.receives("Утвердить протокол заседания № 1?"), "Да, утвердить");
        BotMessage signed = secretary.receives(ScenarioSupport::docx, "the final protocol");
        save(signed, "protocol-with-materials.docx");
        for (Phone phone : List.of(team.chair, team.member(0), team.member(1), team.member(2))) {
            BotMessage file = phone.receives(ScenarioSupport::docx, "the final protocol");
            assertThat(file.document().bytes()).isEqualTo(signed.document().bytes());
            assertThat(file.caption()).contains("Протокол заседания № 1 утверждён");
            assertThat(phone.receives("📄 Протокол заседания № 1 утверждён").text())
                    .contains("Присутствовали: 4 из 5 членов МунУМО, кворум есть", "Решения:",
                            "1. " + PLAN + ": Утвердить план работы.");
        }
        settle();
        assertThat(team.guest.drain()).as("guests are not members").isEmpty();

        // A material removed afterwards changes nothing in the final protocol.
        secretary.sends("/materials");
        BotMessage attached = secretary.receives("Материалы — заседание № 1");
        secretary.presses(attached, "🗑 2");
        secretary.seesEdited(attached, "Материалы — заседание № 1:\n1. Проект плана.docx — к вопросу 1");
        secretary.sends("/cancel");
        secretary.receives("Приложенные материалы сохранены");
        secretary.sends("/protocol 1");
        assertThat(secretary.receives(ScenarioSupport::docx, "the final protocol again").document().bytes())
                .isEqualTo(signed.document().bytes());
    }
}
