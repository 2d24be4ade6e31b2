package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.mumo.deadlines.Deadline;
import ru.mumo.deadlines.DeadlineKind;
import ru.mumo.deadlines.DeadlineService;
import ru.mumo.emulator.BotMessage;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.InviteService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.PersonDetails;
import ru.mumo.membership.PersonService;
import ru.mumo.membership.Role;
import ru.mumo.shared.Language;
import ru.mumo.voting.Vote;
import ru.mumo.voting.VoteService;

/**
 * The meeting record cannot be bent (issue 13), each counter-example replayed through the Bot API emulator: the
 * roll fixes quorum whatever happens to memberships, a vote is counted against those who got a ballot whatever
 * the marks, one person has one ballot, no decision without quorum, a final protocol never changes, and a closed
 * secret vote leaves nothing that ties a voter to a choice.
 */
class MeetingRecordScenarioTests extends ScenarioSupport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String PLAN = "О плане работы на год";
    private static final String CONTEST = "О конкурсе «Педагог года»";
    private static final String CHAIR = "Председатель Пётр Иванович";
    private static final String DEPUTY = "Заместитель Дарья Олеговна";

    @Test
    void quorumIsCountedAgainstTheRollWhateverHappensToMemberships() {
        Team team = team("МУМО учителей истории", 8, false, false);
        Meeting meeting = meetingToday(team);
        checkIn(List.of(team.chair, team.secretary, team.member(0), team.member(1), team.member(2)));
        team.secretary.sends("/quorum");
        team.secretary.receives("5 из 10 присутствуют, для кворума нужно 6: кворума нет");

        // The chair removes an absent member from the /members card: still 5 of 10, still no vote.
        removeFromCard(team, team.memberName(7));
        team.secretary.sends("/quorum");
        team.secretary.receives("5 из 10 присутствуют, для кворума нужно 6: кворума нет");
        team.secretary.sends("/vote_open Утвердить план работы");
        team.secretary.receives("Кворума нет, голосование открыть нельзя");

        // Two people open the member link during the meeting: not on the roll, so the base stays ten.
        team.join("Новенькая Первая Андреевна", Role.MEMBER);
        team.join("Новенький Второй Андреевич", Role.MEMBER);
        team.member(4).sends("/quorum");
        team.member(4).receives("5 из 10 присутствуют, для кворума нужно 6: кворума нет");

        checkIn(List.of(team.member(3)));
        team.secretary.sends("/quorum");
        team.secretary.receives("6 из 10 присутствуют, для кворума нужно 6: кворум есть");
        // A present member who leaves stays on the roll and counts as absent from then on.
        leave(team.member(3));
        team.secretary.sends("/quorum");
        team.secretary.receives("5 из 10 присутствуют, для кворума нужно 6: кворума нет");

        team.secretary.sends("/meeting_close");
        assertThat(team.secretary.receives("Заседание № 1 закрыто").text())
                .contains("5 из 10 присутствуют", "Кворума не было");
        Meeting closed = bean(MeetingService.class).meeting(meeting.getId()).orElseThrow();
        assertThat(closed.frozenQuorum().members()).isEqualTo(10);
        assertThat(closed.isHeld()).isFalse();
    }

    @Test
    void aVoteIsCountedAgainstThoseWhoGotABallotWhateverTheMarks() {
        Team team = team("МУМО учителей права", 8, false, false);
        meetingToday(team);
        List<Phone> present = new ArrayList<>(List.of(team.chair, team.secretary));
        for (int i = 0; i < 6; i++) {
            present.add(team.member(i));
        }
        checkIn(present);
        team.secretary.sends("/vote_open Провести неделю права");
        BotMessage board = team.secretary.receives("Проголосовали: 0 из 8");
        for (int i = 0; i < present.size(); i++) {
            Phone phone = present.get(i);
            vote(phone, phone.receives("Голосование на заседании от"), i < 4 ? "За" : "Против");
        }
        team.secretary.seesEdited(board, "Проголосовали: 8 из 8");

        // Eight present, four for and four against: a tie. Marking an "against" voter absent changes nothing.
        team.secretary.sends("/attendance");
        BotMessage list = team.secretary.receives("Присутствие на заседании от");
        team.secretary.presses(list, "✅ " + team.memberName(5));
        team.secretary.seesEdited(list, "7 из 10 присутствуют");
        team.secretary.sends("/vote_close");
        assertThat(team.secretary.receives("Итоги голосования").text()).contains(
                "За 4, против 4, воздержались 0, не голосовали 0 (из 8 присутствовавших при открытии) "
                        + "— решение не принято");
    }

    @Test
    void onePersonHasOneBallotWhateverHappensToTheirMemberships() {
        Team team = team("МУМО учителей ОБЖ", 4, false, false);
        Meeting meeting = meetingToday(team);
        Phone leaver = team.member(0);
        Phone forgetter = team.member(1);
        checkIn(List.of(team.chair, team.secretary, leaver, forgetter, team.member(2)));
        team.secretary.sends("/vote_open Провести учения");
        team.secretary.receives("Проголосовали: 0 из 5");
        BotMessage first = leaver.receives("Голосование на заседании от");
        vote(leaver, first, "Против");
        vote(forgetter, forgetter.receives("Голосование на заседании от"), "Против");
        Vote vote = bean(VoteService.class).votesOf(meeting.getId()).get(0);

        // Leave and open the member link again: a new membership, not on the roll, no ballot.
        leave(leaver);
        team.rejoin(leaver);
        markPresent(team, team.memberName(0));
        assertThat(leaver.pressesAndIsAnswered(first, "За").text())
                .contains("присутствовавшие при открытии голосования");

        // Withdraw consent, register again as a new person: still no second ballot.
        forgetter.sends("/forget");
        BotMessage forget = forgetter.receives("Отзыв согласия");
        forgetter.presses(forget, "Да, удалить мои данные");
        forgetter.seesEdited(forget, "Ваши данные удалены");
        team.admit(bean(InviteService.class).join(team.created.memberInvite().getCode(), forgetter.id(),
                new PersonDetails("Вернувшийся Участник Петрович", "Школа", "учитель"), currentConsent(),
                Language.RU));
        markPresent(team, "Вернувшийся Участник Петрович");
        assertThat(forgetter.pressesAndIsAnswered(forgetter.current(telegram.messagesIn(forgetter.id()).stream()
                .filter(m -> text(m).contains("Голосование на заседании")).findFirst().orElseThrow()), "За").text())
                .contains("присутствовавшие при открытии голосования");

        assertThat(jdbc().queryForObject("select count(*) from ballot where vote_id = ?", Integer.class,
                vote.getId())).isEqualTo(2);
        assertThat(bean(VoteService.class).vote(vote.getId()).orElseThrow().votedCount()).isEqualTo(2);
        team.secretary.sends("/vote_close");
        assertThat(team.secretary.receives("Итоги голосования").text())
                .contains("За 0, против 2, воздержались 0, не голосовали 3 (из 5 присутствовавших при открытии)");
    }

    @Test
    void aMeetingWithoutQuorumDecidesNothingAndIsNotHeld() throws IOException {
        Team team = team("МУМО учителей черчения", 8, false, false);
        Meeting meeting = meetingToday(team);
        checkIn(List.of(team.chair, team.secretary, team.member(0)));
        team.secretary.sends("/decided 1 Утвердить план");
        team.secretary.receives("Кворума нет: заседание неправомочно и решений не принимает");
        team.secretary.sends("/heard 1 Председателя о плане работы.");
        team.secretary.receives("Записано в протокол: «Слушали» по вопросу 1");

        team.secretary.sends("/meeting_close");
        assertThat(team.secretary.receives("Заседание № 1 закрыто").text()).contains("3 из 10 присутствуют",
                "Кворума не было", "в счёт заседаний квартала и года оно не идёт");
        team.secretary.sends("/decided 1 Утвердить план");
        team.secretary.receives("Кворума нет: заседание неправомочно и решений не принимает");
        Deadline quarter = bean(DeadlineService.class).calendar(team.chairMembership.getAssociation().getId())
                .stream().filter(d -> d.getKind() == DeadlineKind.QUARTER_MEETING).findFirst().orElseThrow();
        assertThat(quarter.getLastDoneFor()).as("the quarter's rule stays unmet").isNull();
        assertThat(bean(MeetingService.class).heldInAcademicYear(meeting.getAssociationId(),
                meeting.academicYear().startYear())).isZero();

        team.secretary.sends("/protocol");
        BotMessage file = team.secretary.receives(m -> docx(m), "the protocol");
        assertThat(paragraphs(file)).contains("Присутствовали: 3 из 10 членов МунУМО, кворума нет.",
                "Решили: кворума нет: заседание неправомочно, решения не принимались.");
    }

    @Test
    void aFinalProtocolIsTheSameWhateverChangesLater() throws IOException {
        Team team = team("МУМО учителей астрономии", 5, true, true);
        Meeting meeting = meetingToday(team);
        // The chair is away: the deputy presides (T 2.5).
        checkIn(List.of(team.deputy, team.secretary, team.member(0), team.member(1), team.member(2),
                team.guest));
        team.secretary.sends("/vote_open");
        team.secretary.presses(team.secretary.receives("выберите вопрос повестки"), "1. " + PLAN);
        team.secretary.receives("Проголосовали: 0 из 5");
        vote(team.deputy, team.deputy.receives("Голосование на заседании от"), "За");
        vote(team.secretary, team.secretary.receives("Голосование на заседании от"), "За");
        vote(team.member(0), team.member(0).receives("Голосование на заседании от"), "За");
        vote(team.member(1), team.member(1).receives("Голосование на заседании от"), "Воздержусь");
        team.secretary.sends("/meeting_close");
        team.secretary.receives("Заседание № 1 закрыто");
        team.secretary.sends("/heard 1 Заместителя председателя о проекте плана.");
        team.secretary.receives("Записано в протокол: «Слушали» по вопросу 1");
        team.secretary.sends("/decided 2 Рекомендовать двух членов МУМО к конкурсу.");
        team.secretary.receives("Записано в протокол: «Решили» по вопросу 2");

        Deadline owed = bean(DeadlineService.class).protocolOf(meeting.getId()).orElseThrow();
        team.secretary.sends("/protocol");
        BotMessage draft = team.secretary.receives(m -> docx(m), "the draft protocol");
        assertThat(draft.caption()).contains("проект");
        assertThat(paragraphs(draft).get(0)).isEqualTo("ПРОЕКТ");
        assertThat(bean(DeadlineService.class).protocolOf(meeting.getId()).orElseThrow().isFinished())
                .as("a draft does not meet the deadline").isFalse();
        BotMessage summary = team.secretary.receives("Протокол заседания № 1 (проект)");
        team.member(0).sends("/protocol");
        team.member(0).receives("недоступна в вашей роли");
        team.secretary.presses(summary, "✅ Утвердить протокол");
        BotMessage confirm = team.secretary.receives("Утвердить протокол заседания № 1?");
        team.secretary.presses(confirm, "Да, утвердить");
        team.secretary.seesEdited(confirm, "Протокол заседания № 1 утверждён");
        BotMessage signed = team.secretary.receives(m -> docx(m), "the final protocol");
        assertThat(signed.caption()).contains("окончательный");
        assertThat(bean(DeadlineService.class).protocolOf(meeting.getId()).orElseThrow().isFinished()).isTrue();
        assertThat(owed.isFinished()).isFalse();
        save(signed, "protocol-final-deputy-presided.docx");

        List<String> text = paragraphs(signed);
        assertThat(String.join("\n", text)).doesNotContain("ПРОЕКТ", "отсутствует")
                .contains("Присутствовали: 5 из 8 членов МунУМО, кворум есть.",
                        "Заместитель председателя – " + DEPUTY,
                        "Члены МунУМО – " + team.memberName(0) + ", " + team.memberName(1) + ", " + team.memberName(2),
                        "Отсутствовали – " + team.chairName + ", " + team.memberName(3) + ", " + team.memberName(4),
                        "Приглашённые – " + team.guestName,
                        "1. Голосовали: «за» — 3, «против» — 0, «воздержались» — 1, не голосовали — 1 "
                                + "(из 5 присутствовавших). Решение принято.",
                        "2. Рекомендовать двух членов МУМО к конкурсу.");
        String signatures = signatureTable(signed);
        assertThat(signatures).contains("Председательствующий (заместитель председателя)", "Секретарь",
                initials(DEPUTY), initials(team.secretaryName)).doesNotContain(initials(team.chairName));

        // Afterwards: a name changes, the secretary is replaced, a member leaves. The protocol stays as signed.
        team.secretary.sends("/heard 2 Попытка дописать.");
        team.secretary.receives("Протокол этого заседания уже утверждён");
        PersonService people = bean(PersonService.class);
        people.changeDetails(people.findPerson(team.member(0).id()).orElseThrow(),
                new PersonDetails("Переименованный Член Иванович", "Школа", "учитель"));
        bean(MembershipService.class).appoint(team.chairMembership, team.membership(team.member(2)).getId(),
                Role.SECRETARY);
        leave(team.member(1));
        team.chair.sends("/protocol 1");
        BotMessage again = team.chair.receives(m -> docx(m), "the protocol again");
        assertThat(again.document().bytes()).as("the same file, byte for byte").isEqualTo(signed.document().bytes());
        assertThat(team.chair.receives("Протокол заседания № 1").buttonTexts())
                .as("a final protocol has nothing left to approve").isEmpty();
    }

    @Test
    void aClosedSecretVoteLeavesNothingThatTiesAVoterToAChoice() {
        Team team = team("МУМО учителей ИЗО", 4, false, false);
        Meeting meeting = meetingToday(team);
        List<Phone> voters = List.of(team.chair, team.secretary, team.member(0), team.member(1), team.member(2));
        checkIn(voters);
        team.secretary.sends("/vote_open тайно Выдвинуть Петрову Н. И. на премию");
        team.secretary.receives("Тайное голосование открыто");
        String[] choices = {"За", "Против", "Воздержусь", "Против", "За"};
        for (int i = 0; i < voters.size(); i++) {
            Phone phone = voters.get(i);
            BotMessage ballot = phone.receives("Тайное голосование на заседании от");
            assertThat(phone.pressesAndIsAnswered(ballot, choices[i]).text()).isEqualTo("Голос принят: " + choices[i]);
            phone.seesEdited(ballot, "Ваш голос учтён");
        }
        // A voter changes their mind: the confirmation shows the new choice, the ballot still shows none.
        BotMessage changed = voters.get(4).current(telegram.messagesIn(voters.get(4).id()).stream()
                .filter(m -> text(m).contains("Тайное голосование на заседании")).findFirst().orElseThrow());
        assertThat(voters.get(4).pressesAndIsAnswered(changed, "Против").text()).isEqualTo("Голос принят: Против");
        team.secretary.sends("/vote_close");
        assertThat(team.secretary.receives("Итоги голосования").text())
                .contains("За 1, против 3, воздержались 1, не голосовали 0");
        Vote vote = bean(VoteService.class).votesOf(meeting.getId()).get(0);
        awaitOutboxSent();

        // Everything that identifies a voter: membership, person and Telegram ids, each in its kind of column, and
        // the name anywhere.
        Map<String, Set<String>> ids = Map.of("MEMBERSHIP_ID", new java.util.HashSet<>(),
                "PERSON_ID", new java.util.HashSet<>(), "CHAT_ID", new java.util.HashSet<>(),
                "TELEGRAM_USER_ID", new java.util.HashSet<>());
        Set<String> names = new java.util.HashSet<>();
        for (Phone phone : voters) {
            Membership m = team.membership(phone);
            ids.get("MEMBERSHIP_ID").add(String.valueOf(m.getId()));
            ids.get("PERSON_ID").add(String.valueOf(m.getPerson().getId()));
            ids.get("CHAT_ID").add(String.valueOf(phone.id()));
            ids.get("TELEGRAM_USER_ID").add(String.valueOf(phone.id()));
            names.add(m.getPerson().getFullName());
        }
        JdbcTemplate jdbc = jdbc();
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'", String.class);
        assertThat(tables).contains("BALLOT", "VOTE", "VOTE_ELECTOR", "OUTBOX_MESSAGE", "PROCESSED_UPDATE");
        List<String> joins = new ArrayList<>();
        for (String table : tables) {
            for (Map<String, Object> row : jdbc.queryForList("select * from \"" + table + "\"")) {
                boolean voter = false;
                boolean choice = false;
                for (Map.Entry<String, Object> cell : row.entrySet()) {
                    String value = cell.getValue() instanceof byte[] ? "" : String.valueOf(cell.getValue());
                    Set<String> kind = ids.get(cell.getKey().toUpperCase(java.util.Locale.ROOT));
                    voter |= kind != null ? kind.contains(value) : names.stream().anyMatch(value::contains);
                    choice |= Set.of("FOR", "AGAINST", "ABSTAIN").contains(value) || value.contains("Голос принят")
                            || value.contains("Ваш выбор");
                }
                if (voter && choice) {
                    joins.add(table + " " + row);
                }
            }
        }
        assertThat(joins).as("rows that tie a voter to a choice").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from ballot where vote_id = ?", Integer.class, vote.getId()))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where payload like '%Голос принят%'",
                Integer.class)).as("confirmations kept once sent").isZero();
    }

    private void leave(Phone phone) {
        phone.sends("/leave");
        BotMessage confirm = phone.receives("Выйти из");
        phone.presses(confirm, "Да, выйти");
        phone.seesEdited(confirm, "Вы вышли");
    }

    private void removeFromCard(Team team, String name) {
        team.chair.sends("/members");
        BotMessage cards = team.chair.receives(m -> m.buttonTexts().contains("📇 " + name), "the member cards");
        team.chair.presses(cards, "📇 " + name);
        BotMessage card = team.chair.receives("Карточка банка данных");
        team.chair.presses(card, "Исключить из МУМО");
        team.chair.seesEdited(card, "Исключить " + name);
        team.chair.presses(card, "Да, исключить");
        team.chair.seesEdited(card, "исключён(а) из состава");
    }

    private void markPresent(Team team, String name) {
        team.secretary.sends("/attendance");
        BotMessage list = team.secretary.receives("Присутствие на заседании от");
        String button = list.buttonTexts().stream().filter(t -> t.startsWith("▫️ " + name)).findFirst().orElseThrow();
        team.secretary.pressesAndIsAnswered(list, button);
    }

    private void vote(Phone phone, BotMessage ballot, String choice) {
        phone.presses(ballot, choice);
        phone.seesEdited(ballot, "Ваш выбор: " + choice);
    }

    private static String signatureTable(BotMessage file) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file.document().bytes()))) {
            return document.getTables().get(0).getText();
        }
    }

    /** "Иванова Анна Петровна" signs as "А. П. Иванова". */
    private static String initials(String fullName) {
        String[] parts = fullName.split(" ");
        return parts[1].charAt(0) + ". " + parts[2].charAt(0) + ". " + parts[0];
    }

    /** Keeps a document under target/documents, to be opened in an office suite. */
    private JdbcTemplate jdbc() {
        return bean(JdbcTemplate.class);
    }

    private Meeting meetingToday(Team team) {
        return meetingTodayWithCheckIn(team, PLAN, CONTEST);
    }

    private Team team(String name, int plainMembers, boolean deputy, boolean guest) {
        Team team = newTeam(name);
        team.join(CHAIR, Role.CHAIR);
        team.join("Секретарь Вера Петровна", Role.SECRETARY);
        if (deputy) {
            team.join(DEPUTY, Role.DEPUTY);
        }
        for (int i = 0; i < plainMembers; i++) {
            team.join(team.memberName(i), Role.MEMBER);
        }
        if (guest) {
            team.join("Гостья Приглашённая Сергеевна", Role.GUEST);
        }
        return team;
    }
}
