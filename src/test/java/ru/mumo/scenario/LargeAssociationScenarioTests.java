package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.mumo.emulator.BotMessage;
import ru.mumo.emulator.TestUser;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Role;

/**
 * An association of 300 members: the lists with a button per person (/appoint, the live attendance list) go a page
 * at a time, since Telegram refuses an inline keyboard of more than 100 buttons (the emulator does too), and work on
 * every page: a member on page 2 gets a role, a mark made on page 2 leaves the list on page 2.
 */
class LargeAssociationScenarioTests extends ScenarioSupport {

    private static final int MEMBERS = 298;
    private static final long FIRST_MEMBER = 3_000_000;

    private Team team;

    /** The meeting's announcement goes to all 300 (and their calendar files): sent at Telegram's pace, that is 20 s. */
    @Override
    protected List<String> moreArguments() {
        return List.of("--app.telegram.global-rate=1000");
    }

    @BeforeAll
    void association() {
        team = newTeam("МУМО учителей истории района");
        team.join("Председатель Пётр Иванович", Role.CHAIR);
        team.join("Секретарь Вера Петровна", Role.SECRETARY);
        seedMembers(team.associationId());
    }

    @Test
    void theChairAppointsAMemberFromTheSecondPage() {
        Phone chair = team.chair;
        chair.sends("/appoint");
        BotMessage list = chair.receives("Кого назначить?");
        assertThat(list.text()).contains("Страница 1 из 12");
        assertThat(buttons(list)).isLessThanOrEqualTo(100);
        assertThat(list.buttonTexts()).contains("Дальше ▶️").doesNotContain("◀️ Назад");

        chair.presses(list, "Дальше ▶️");
        BotMessage second = chair.seesEdited(list, "Страница 2 из 12");
        assertThat(second.buttonTexts()).contains("◀️ Назад", "Дальше ▶️", name(30)).doesNotContain(name(0));

        chair.presses(second, name(30));
        BotMessage roles = chair.seesEdited(list, "Какую роль дать?");
        chair.presses(roles, "заместитель председателя");
        chair.seesEdited(list, "Готово: " + name(30));
    }

    @Test
    void theAttendanceListMarksSomeoneOnTheSecondPageAndStaysThere() {
        ZonedDateTime morning = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(1).withHour(10).withMinute(0);
        clock.moveTo(morning.toInstant());
        bean(MeetingService.class).schedule(team.chairMembership, morning.plusHours(1), MeetingFormat.IN_PERSON,
                "Актовый зал", List.of("О плане"));
        Phone secretary = team.secretary;
        secretary.sends("/attendance");
        BotMessage board = secretary.receives("Присутствие на заседании");
        assertThat(board.text()).contains("0 из 300", "Страница 1 из 12");
        assertThat(buttons(board)).isLessThanOrEqualTo(100);

        secretary.presses(board, "Дальше ▶️");
        BotMessage second = secretary.seesEdited(board, "Страница 2 из 12");
        secretary.presses(second, "▫️ " + name(40));
        BotMessage marked = secretary.seesEdited(board, "1 из 300");
        assertThat(marked.text()).contains("Страница 2 из 12");
        assertThat(marked.buttonTexts()).contains("✅ " + name(40));
    }

    private static int buttons(BotMessage message) {
        return message.keyboard().stream().mapToInt(List::size).sum();
    }

    /** The i-th seeded member's name; they sort after the officers, in this order. */
    private String name(int i) {
        return String.format(Locale.ROOT, "Участник%05d Номер", i);
    }

    /** The members join at once, as if each had registered, and each has opened the chat. */
    private void seedMembers(long associationId) {
        JdbcTemplate jdbc = bean(JdbcTemplate.class);
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> people = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            people.add(new Object[] {FIRST_MEMBER + i, name(i), "Школа", "учитель", "RU", currentConsent().version(),
                    now, associationId, now});
        }
        jdbc.batchUpdate("""
                insert into person (telegram_user_id, full_name, work_place, position_title, language, consent_version,
                    consent_accepted_at, active_association_id, created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", people);
        jdbc.update("""
                insert into membership (association_id, person_id, role, joined_at, live, version)
                select ?, id, 'MEMBER', ?, true, 0 from person where telegram_user_id between ? and ?""",
                associationId, now, FIRST_MEMBER, FIRST_MEMBER + MEMBERS - 1);
        jdbc.update("""
                insert into role_assignment (membership_id, role, assigned_at)
                select m.id, 'MEMBER', ? from membership m join person p on p.id = m.person_id
                where p.telegram_user_id between ? and ?""", now, FIRST_MEMBER, FIRST_MEMBER + MEMBERS - 1);
        for (int i = 0; i < MEMBERS; i++) {
            telegram.userOpenedChatBefore(new TestUser(FIRST_MEMBER + i, "Участник", null, null, "ru"));
        }
    }
}
