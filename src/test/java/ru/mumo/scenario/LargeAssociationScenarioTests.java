package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.mumo.emulator.BotMessage;
import ru.mumo.emulator.TestUser;
import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;

/**
 * An association of 300 members: the lists with a button per person (/appoint, the live attendance list) go a page
 * at a time, since Telegram refuses an inline keyboard of more than 100 buttons (the emulator does too), and work on
 * every page (the chair proposes a deputy from page 3); a burst of marks edits the secretary's live list a few times, not once per mark, and her other
 * replies do not queue behind the edits. The 298 members are seeded after the meeting was announced and have blocked
 * the bot, so nothing goes to them and the test stays short; the officers' chats are real.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LargeAssociationScenarioTests extends ScenarioSupport {

    private static final int MEMBERS = 298;
    private static final long FIRST_MEMBER = 3_000_000;

    private Team team;
    private Meeting meeting;
    private BotMessage board;

    /** Telegram's own pace of a chat, which the coalesced edits are about. */
    @Override
    protected Duration perChatInterval() {
        return Duration.ofSeconds(1);
    }

    @BeforeAll
    void association() {
        team = newTeam("МУМО учителей истории района");
        team.join("Председатель Пётр Иванович", Role.CHAIR);
        team.join("Секретарь Вера Петровна", Role.SECRETARY);
        ZonedDateTime morning = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(1).withHour(10).withMinute(0);
        clock.moveTo(morning.toInstant());
        meeting = bean(MeetingService.class).schedule(team.chairMembership, morning.plusHours(1),
                MeetingFormat.IN_PERSON, "Актовый зал", List.of("О плане"));
        seedMembers(team.associationId());
    }

    @Test
    @Order(1)
    void theChairPicksAMemberOnTheThirdPageForARole() {
        Phone chair = team.chair;
        chair.sends("/appoint");
        BotMessage list = chair.receives("Кого назначить?");
        assertThat(list.text()).contains("Страница 1 из 12");
        assertThat(buttons(list)).isLessThanOrEqualTo(100);
        assertThat(list.buttonTexts()).contains("Дальше ▶️").doesNotContain("◀️ Назад");

        chair.presses(list, "Дальше ▶️");
        BotMessage second = chair.seesEdited(list, "Страница 2 из 12");
        assertThat(second.buttonTexts()).contains("◀️ Назад", "Дальше ▶️", name(30)).doesNotContain(name(0));
        chair.presses(second, "Дальше ▶️");
        BotMessage third = chair.seesEdited(list, "Страница 3 из 12");
        assertThat(third.buttonTexts()).contains(name(60)).doesNotContain(name(30));

        chair.presses(third, name(60));
        BotMessage roles = chair.seesEdited(list, "Какую роль дать?");
        // Under the Terek regulation the department appoints the deputy; the chair proposes.
        chair.presses(roles, "Предложить заместителем");
        chair.seesEdited(list, "Предложение назначить " + name(60) + " заместителем");
    }

    @Test
    @Order(2)
    void theAttendanceListMarksSomeoneOnTheThirdPageAndStaysThere() {
        Phone secretary = team.secretary;
        secretary.sends("/attendance");
        board = secretary.receives("Присутствие на заседании");
        assertThat(board.text()).contains("0 из 300", "Страница 1 из 12");
        assertThat(buttons(board)).isLessThanOrEqualTo(100);

        secretary.presses(board, "Дальше ▶️");
        secretary.presses(secretary.seesEdited(board, "Страница 2 из 12"), "Дальше ▶️");
        BotMessage third = secretary.seesEdited(board, "Страница 3 из 12");
        secretary.presses(third, "▫️ " + name(55));
        BotMessage marked = secretary.seesEdited(board, "1 из 300");
        assertThat(marked.text()).contains("Страница 3 из 12");
        assertThat(marked.buttonTexts()).contains("✅ " + name(55));
    }

    @Test
    @Order(3)
    void aBurstOfMarksEditsTheListAFewTimesAndTheSecretarysRepliesDoNotWait() {
        Phone secretary = team.secretary;
        awaitOutboxSent();
        int callsBefore = telegram.calls().size();
        List<Membership> arriving = bean(MembershipService.class).members(team.associationId()).stream()
                .filter(m -> m.getPerson().getFullName().compareTo(name(100)) >= 0).limit(60).toList();
        AttendanceService attendance = bean(AttendanceService.class);
        long burstStart = System.nanoTime();
        for (Membership m : arriving) {
            attendance.toggle(meeting.getId(), team.secretaryMembership, m.getId());
        }
        long asked = System.nanoTime();
        double burstSeconds = (asked - burstStart) / 1e9;
        secretary.sends("/quorum");
        secretary.receives("Заседание ");
        Duration waited = Duration.ofNanos(System.nanoTime() - asked);
        BotMessage marked = secretary.seesEdited(board, "61 из 300");
        awaitOutboxSent();

        long edits = telegram.calls().subList(callsBefore, telegram.calls().size()).stream()
                .filter(c -> c.method().equals("editMessageText"))
                .filter(c -> c.params().path("chat_id").asText().equals(String.valueOf(secretary.id())))
                .count();
        System.out.printf("60 marks in %.1f s: %d edits of the secretary's list; /quorum answered in %d ms%n",
                burstSeconds, edits, waited.toMillis());
        // One edit a second at most, where 60 edits in a row would hold any other message to the chat for a minute.
        assertThat(edits).as("edits of the live list for 60 marks in %.1f s: about one a second", burstSeconds)
                .isBetween(1L, Math.min(30L, (long) Math.ceil(burstSeconds) + 3));
        assertThat(waited).as("the /quorum reply does not queue behind the list's edits")
                .isLessThan(Duration.ofSeconds(3));
        assertThat(marked.text()).as("the list stays on the page the secretary turned to").contains("Страница 3 из 12");
    }

    private static int buttons(BotMessage message) {
        return message.keyboard().stream().mapToInt(List::size).sum();
    }

    /** The i-th seeded member's name; they sort after the officers, in this order. */
    private static String name(int i) {
        return String.format(Locale.ROOT, "Участник%05d Номер", i);
    }

    /** The members join at once, as if each had registered, opened the chat and then blocked the bot. */
    private void seedMembers(long associationId) {
        JdbcTemplate jdbc = bean(JdbcTemplate.class);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            names.add(name(i));
            telegram.userOpenedChatBefore(new TestUser(FIRST_MEMBER + i, "Участник", null, null, "ru"));
        }
        BulkMembers.insert(jdbc, associationId, FIRST_MEMBER, names, currentConsent().version(), clock.instant());
        jdbc.update("insert into unreachable_chat (chat_id) select telegram_user_id from person "
                + "where telegram_user_id between ? and ?", FIRST_MEMBER, FIRST_MEMBER + MEMBERS - 1);
    }
}
