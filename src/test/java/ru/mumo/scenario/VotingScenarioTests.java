package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.mumo.emulator.ApiCall;
import ru.mumo.emulator.BotMessage;
import ru.mumo.meetings.Meeting;
import ru.mumo.membership.Membership;
import ru.mumo.membership.Role;
import ru.mumo.voting.Choice;
import ru.mumo.voting.Vote;
import ru.mumo.voting.VoteException;
import ru.mumo.voting.VoteService;

/**
 * Votes at a meeting end to end through the Bot API emulator: ballots to the members present, changing a choice,
 * a double tap, the officer's live count, the T 2.4 rule at its boundaries (7 present: 4 for passes, 3-3-1 fails),
 * a secret vote that keeps only counts, no quorum, the refusals, a restart between two ballots, and the protocol.
 */
class VotingScenarioTests extends ScenarioSupport {

    private static final String PLAN = "О плане работы на год";
    private static final String CONTEST = "О конкурсе «Педагог года»";

    /** After a restart Telegram may answer the new poller 409 while the old long poll is still open. */
    @Override
    protected boolean expectedRejection(ApiCall call) {
        return pollerConflict(call);
    }

    @Test
    void aMeetingWithAnOpenAndASecretVoteAndItsProtocol() throws IOException {
        Team team = team("МУМО учителей биологии", 7, true);
        Meeting meeting = meetingToday(team);
        Phone secretary = team.secretary;
        checkIn(List.of(team.chair, secretary, team.member(0), team.member(1), team.member(2),
                team.member(3), team.member(4), team.guest));

        team.member(0).sends("/vote_open Утвердить план");
        team.member(0).receives("недоступна в вашей роли");

        secretary.sends("/vote_open");
        BotMessage pick = secretary.receives("выберите вопрос повестки");
        secretary.presses(pick, "1. " + PLAN);
        secretary.seesEdited(pick, "Голосование по вопросу «" + PLAN + "» открыто");
        BotMessage board = secretary.receives("Проголосовали: 0 из 7");

        List<Phone> present = List.of(team.chair, secretary, team.member(0), team.member(1), team.member(2),
                team.member(3), team.member(4));
        List<BotMessage> ballots = new ArrayList<>();
        for (Phone phone : present) {
            BotMessage ballot = phone.receives("Голосование на заседании от");
            assertThat(ballot.text()).contains("«" + PLAN + "»", "Голосование открытое");
            assertThat(ballot.buttonTexts()).containsExactly("За", "Против", "Воздержусь");
            ballots.add(ballot);
        }
        Phone m0 = team.member(0);
        assertThat(m0.pressesAndIsAnswered(ballots.get(2), "Против").text()).isEqualTo("Голос принят: Против");
        m0.seesEdited(ballots.get(2), "Ваш выбор: Против");
        assertThat(m0.pressesAndIsAnswered(ballots.get(2), "За").text()).isEqualTo("Голос принят: За");
        m0.seesEdited(ballots.get(2), "Ваш выбор: За");
        Phone m1 = team.member(1);
        m1.presses(ballots.get(3), "За");
        m1.presses(ballots.get(3), "За");
        m1.seesEdited(ballots.get(3), "Ваш выбор: За");
        vote(team.member(2), ballots.get(4), "За");
        vote(team.member(3), ballots.get(5), "За");
        vote(team.member(4), ballots.get(6), "Против");
        vote(secretary, ballots.get(1), "Воздержусь");
        secretary.seesEdited(board, "Проголосовали: 6 из 7");
        assertThat(secretary.current(board).text()).doesNotContain("За 4");
        Vote first = bean(VoteService.class).votesOf(meeting.getId()).get(0);
        assertThat(ballotRows(first.getId())).isEqualTo(6);
        for (Phone absentOrGuest : List.of(team.guest, team.member(5), team.member(6))) {
            assertThat(telegram.messagesIn(absentOrGuest.id())).extracting(ScenarioSupport::text)
                    .noneMatch(text -> text.contains("Голосование на заседании"));
        }

        secretary.sends("/vote_close");
        for (Phone phone : team.everyone) {
            BotMessage result = phone.receives("Итоги голосования");
            assertThat(result.text()).contains("«" + PLAN + "»", "За 4, против 1, воздержались 1, не голосовали 1 "
                    + "(из 7 присутствовавших при открытии) — решение принято");
        }
        secretary.seesEdited(board, "Голосование закрыто");
        m0.seesEdited(ballots.get(2), "закрыто:\n«" + PLAN);
        assertThat(m0.current(ballots.get(2)).buttonTexts()).isEmpty();
        team.chair.seesEdited(ballots.get(0), "закрыто:\n«" + PLAN);
        assertThat(team.chair.current(ballots.get(0)).buttonTexts()).isEmpty();

        secretary.sends("/vote_open secret О выдвижении Ивановой А. П. на конкурс");
        BotMessage secretBoard = secretary.receives("Тайное голосование открыто");
        String[] choices = {"За", "За", "За", "Против", "Против", "Против", "Воздержусь"};
        for (int i = 0; i < present.size(); i++) {
            BotMessage ballot = present.get(i).receives("Тайное голосование на заседании от");
            assertThat(ballot.text()).contains("сохраняется только число голосов");
            assertThat(present.get(i).pressesAndIsAnswered(ballot, choices[i]).text())
                    .isEqualTo("Голос принят: " + choices[i]);
            present.get(i).seesEdited(ballot, "Ваш голос учтён");
            assertThat(present.get(i).current(ballot).text()).doesNotContain("Ваш выбор");
        }
        Phone changing = team.member(2);
        BotMessage changed = changing.current(telegram.messagesIn(changing.id()).stream()
                .filter(m -> text(m).contains("Тайное голосование")).findFirst().orElseThrow());
        assertThat(changing.pressesAndIsAnswered(changed, "За").text()).isEqualTo("Голос принят: За");
        assertThat(changing.pressesAndIsAnswered(changed, "Против").text()).isEqualTo("Голос принят: Против");
        secretary.seesEdited(secretBoard, "Проголосовали: 7 из 7");
        secretary.sends("/vote_close");
        for (Phone phone : team.everyone) {
            assertThat(phone.receives("Итоги голосования").text())
                    .contains("За 3, против 3, воздержались 1, не голосовали 0 (из 7 присутствовавших при открытии) "
                            + "— решение не принято");
        }
        Vote secret = bean(VoteService.class).votesOf(meeting.getId()).get(1);
        assertThat(ballotRows(secret.getId())).as("a closed secret vote keeps no ballot").isZero();
        assertThat(jdbc().queryForObject("select count(*) from ballot where vote_id = ? and choice is not null",
                Integer.class, secret.getId())).as("choices of a closed secret vote").isZero();
        assertThat(jdbc().queryForObject("select count(*) from ballot where vote_id = ? and choice is not null",
                Integer.class, first.getId())).isEqualTo(6);
        assertThat(jdbc().queryForObject("select count(*) from outbox_message where chat_id is not null "
                + "and payload like '%Тайное голосование%' and (payload like '%Ваш выбор%' or payload like '%Голос принят%')",
                Integer.class)).as("stored messages linking a member to a secret choice").isZero();

        secretary.sends("/vote_close");
        secretary.receives("Открытого голосования нет");

        secretary.sends("/meeting_close");
        secretary.receives("Заседание № 1 закрыто");
        secretary.sends("/heard 1 Иванову А. П., председателя, о проекте плана работы.");
        secretary.receives("Записано в протокол: «Слушали» по вопросу 1");
        secretary.sends("/decided");
        BotMessage items = secretary.receives("По какому вопросу повестки записать «Решили»?");
        secretary.presses(items, "2. " + CONTEST);
        secretary.receives("Вопрос 2, «Решили»");
        secretary.sends("Рекомендовать двух участников к конкурсу.");
        secretary.receives("Записано в протокол: «Решили» по вопросу 2");

        team.member(0).sends("/protocol");
        team.member(0).receives("недоступна в вашей роли");
        team.chair.sends("/protocol");
        BotMessage file = team.chair.receives(m -> m.document() != null, "the protocol");
        assertThat(file.document().fileName()).endsWith(".docx");
        BotMessage summary = team.chair.receives("Протокол заседания № 1");
        assertThat(summary.text()).contains("7 из 9 членов МунУМО, кворум есть",
                "Слушали: Иванову А. П., председателя, о проекте плана работы.");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file.document().bytes()))) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            assertThat(text).startsWith("ПРОЕКТ\nПРОТОКОЛ\nзаседания МунУМО\nМУМО учителей биологии\nОформлен по п. 2.4 Положения")
                    .contains("№ 1\t", "Присутствовали: 7 из 9 членов МунУМО, кворум есть.",
                            "Председатель – " + team.chairName, "Секретарь – " + team.secretaryName,
                            "Приглашённые – " + team.guestName,
                            "Повестка дня:\n1. " + PLAN + "\n2. " + CONTEST,
                            "Слушали:\n1. Иванову А. П., председателя, о проекте плана работы.",
                            "Решили:\n1. Голосовали: «за» — 4, «против» — 1, «воздержались» — 1, не голосовали — 1 "
                                    + "(из 7 присутствовавших). Решение принято.",
                            "2. Рекомендовать двух участников к конкурсу.",
                            "3. По вопросу «О выдвижении Ивановой А. П. на конкурс»: Голосовали (тайно): «за» — 3, "
                                    + "«против» — 3, «воздержались» — 1, не голосовали — 0 (из 7 присутствовавших). "
                                    + "Решение не принято.",
                            "Отсутствовали – " + team.memberName(5) + ", " + team.memberName(6));
            assertThat(text).doesNotContain("Заместитель председателя", "отсутствует");
            String members = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(p -> p.startsWith("Члены МунУМО")).findFirst().orElseThrow();
            for (int i = 0; i < 5; i++) {
                assertThat(members).contains(team.memberName(i));
            }
            assertThat(members).doesNotContain(team.memberName(5), team.guestName);
            assertThat(document.getTables().get(0).getText()).contains("Председатель", "Секретарь", "(подпись)",
                    "П. И. Председатель", "В. П. Секретарь");
        }
    }

    @Test
    void noQuorumNoVoteAndAttendanceMarksDoNotMoveAnOpenVoteAndTheRefusals() {
        Team team = team("МУМО учителей химии", 3, true);
        Meeting meeting = meetingToday(team);
        Phone secretary = team.secretary;
        checkIn(List.of(team.chair, secretary, team.guest));

        secretary.sends("/vote_open Утвердить план работы");
        secretary.receives("Кворума нет, голосование открыть нельзя");
        assertThat(bean(VoteService.class).votesOf(meeting.getId())).isEmpty();

        checkIn(List.of(team.member(0)));
        secretary.sends("/vote_open Утвердить план работы");
        BotMessage board = secretary.receives("Проголосовали: 0 из 3");
        BotMessage chairBallot = team.chair.receives("Голосование на заседании");
        BotMessage secretaryBallot = secretary.receives("Голосование на заседании");
        BotMessage memberBallot = team.member(0).receives("Голосование на заседании");
        vote(team.member(0), memberBallot, "За");

        // Marking a voter absent while the vote is open changes neither its electorate nor its count.
        secretary.sends("/attendance");
        BotMessage list = secretary.receives("Присутствие на заседании от");
        assertThat(list.text()).contains("Идёт голосование: в нём голосуют 3 присутствовавших при его открытии");
        secretary.presses(list, "✅ " + team.memberName(0));
        secretary.seesEdited(list, "2 из 5 присутствуют");
        assertThat(team.member(0).pressesAndIsAnswered(memberBallot, "Против").text())
                .isEqualTo("Голос принят: Против");
        team.member(0).seesEdited(memberBallot, "Ваш выбор: Против");
        secretary.seesEdited(board, "Проголосовали: 1 из 3");

        Vote vote = bean(VoteService.class).votesOf(meeting.getId()).get(0);
        Membership guest = team.membership(team.guest);
        assertThatThrownBy(() -> bean(VoteService.class).cast(vote.getId(), guest, Choice.FOR))
                .isInstanceOf(VoteException.class).extracting(e -> ((VoteException) e).reason())
                .isEqualTo(VoteException.Reason.GUEST);
        assertThatThrownBy(() -> bean(VoteService.class).cast(vote.getId(), team.membership(team.member(1)), Choice.FOR))
                .extracting(e -> ((VoteException) e).reason()).isEqualTo(VoteException.Reason.NOT_PRESENT);
        assertThatThrownBy(() -> bean(VoteService.class).cast(vote.getId(), null, Choice.FOR))
                .extracting(e -> ((VoteException) e).reason()).isEqualTo(VoteException.Reason.NOT_A_MEMBER);
        Team other = team("МУМО учителей географии", 1, false);
        assertThatThrownBy(() -> bean(VoteService.class).cast(vote.getId(), other.chairMembership, Choice.FOR))
                .extracting(e -> ((VoteException) e).reason()).isEqualTo(VoteException.Reason.NOT_A_MEMBER);
        assertThat(ballotRows(vote.getId())).isEqualTo(1);

        // Checked in after the vote opened: present at the meeting, but no ballot in this vote.
        checkIn(List.of(team.member(1)));
        secretary.seesEdited(list, "3 из 5 присутствуют");
        vote(team.chair, chairBallot, "За");
        vote(secretary, secretaryBallot, "За");
        secretary.seesEdited(board, "Проголосовали: 3 из 3");
        secretary.sends("/vote_close");
        for (Phone phone : team.everyone) {
            assertThat(phone.receives("Итоги голосования").text())
                    .contains("За 2, против 1, воздержались 0, не голосовали 0 (из 3 присутствовавших при открытии) "
                            + "— решение принято");
        }
        assertThat(telegram.messagesIn(team.member(1).id())).extracting(ScenarioSupport::text)
                .noneMatch(text -> text.startsWith("🗳 Голосование на заседании"));
        team.chair.seesEdited(chairBallot, "закрыто:\n«Утвердить план работы»");
        assertThat(team.chair.current(chairBallot).buttonTexts()).isEmpty();
        assertThatThrownBy(() -> bean(VoteService.class).cast(vote.getId(), team.membership(team.chair), Choice.AGAINST))
                .extracting(e -> ((VoteException) e).reason()).isEqualTo(VoteException.Reason.VOTE_CLOSED);
        assertThat(jdbc().queryForObject("select count(*) from ballot where vote_id = ? and choice = 'FOR'",
                Integer.class, vote.getId())).isEqualTo(2);
        secretary.sends("/vote_close");
        secretary.receives("Открытого голосования нет");
        team.member(1).sends("/vote_close");
        team.member(1).receives("недоступна в вашей роли");
    }

    @Test
    void aRestartBetweenTwoBallotsLosesNeither() {
        Team team = team("МУМО учителей музыки", 2, false);
        Meeting meeting = meetingToday(team);
        Phone secretary = team.secretary;
        checkIn(List.of(team.chair, secretary, team.member(0), team.member(1)));
        secretary.sends("/vote_open Провести открытый урок");
        BotMessage board = secretary.receives("Проголосовали: 0 из 4");
        BotMessage first = team.member(0).receives("Голосование на заседании");
        BotMessage second = team.member(1).receives("Голосование на заседании");

        long pressed = team.member(0).presses(first, "За");
        team.member(0).seesEdited(first, "Ваш выбор: За");
        secretary.seesEdited(board, "Проголосовали: 1 из 4");
        restartBot();
        // Telegram hands the restarted bot the press again, as if it had never been confirmed.
        telegram.redeliver(pressed);
        vote(team.member(1), second, "Против");
        secretary.seesEdited(board, "Проголосовали: 2 из 4");

        secretary.sends("/vote_close");
        assertThat(secretary.receives("Итоги голосования").text())
                .contains("За 1, против 1, воздержались 0, не голосовали 2 (из 4 присутствовавших при открытии) "
                        + "— решение не принято");
        Vote vote = bean(VoteService.class).votesOf(meeting.getId()).get(0);
        assertThat(ballotRows(vote.getId())).isEqualTo(2);
    }

    private void vote(Phone phone, BotMessage ballot, String choice) {
        phone.presses(ballot, choice);
        phone.seesEdited(ballot, "Ваш выбор: " + choice);
    }

    private int ballotRows(long voteId) {
        return jdbc().queryForObject("select count(*) from ballot where vote_id = ?", Integer.class, voteId);
    }

    private JdbcTemplate jdbc() {
        return bean(JdbcTemplate.class);
    }


    private Meeting meetingToday(Team team) {
        return meetingTodayWithCheckIn(team, PLAN, CONTEST);
    }

    private Team team(String name, int plainMembers, boolean guest) {
        Team team = newTeam(name);
        team.join("Председатель Пётр Иванович", Role.CHAIR);
        team.join("Секретарь Вера Петровна", Role.SECRETARY);
        for (int i = 0; i < plainMembers; i++) {
            team.join(team.memberName(i), Role.MEMBER);
        }
        if (guest) {
            team.join("Гостья Приглашённая Сергеевна", Role.GUEST);
        }
        return team;
    }
}
