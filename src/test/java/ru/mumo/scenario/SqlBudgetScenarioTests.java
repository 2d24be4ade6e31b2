package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.context.ConfigurableApplicationContext;

import ru.mumo.emulator.BotMessage;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.ReminderService;
import ru.mumo.membership.Role;

/**
 * How many SQL statements each hot update costs, counted as the real bot processes it: a budget per update, so
 * that an N+1 query (a statement per member) cannot come back unnoticed. The association has 12 people, so a
 * statement per member would overrun every budget. Counts, not times: the test is exact on any machine.
 */
class SqlBudgetScenarioTests extends ScenarioSupport {

    /**
     * Statements allowed per update, from the update-id insert to the commit: what it costs now (2026-12-01) and a
     * statement or two of slack. The reminder writes one outbox row per message (12 reminders, 2 forecasts); the
     * rest does not grow with the association.
     */
    private static final Map<String, Integer> BUDGET = Map.of(
            "rsvp", 10,
            "checkin", 22,
            "ballot", 23,
            "help", 8,
            "reminder", 6 + 14 + 2);

    /**
     * Reads of the association's member list: once where the update needs the list (the live attendance list; the
     * vote's board, which names who has not voted; the reminder's recipients and forecast, which read it three times
     * before), else never. A ballot press read it twice more before, to learn the previous choice.
     */
    private static final Map<String, Integer> MEMBER_LISTS = Map.of(
            "rsvp", 0,
            "checkin", 1,
            "ballot", 1,
            "help", 0,
            "reminder", 1);

    private final StatementCounter counter = new StatementCounter();
    private final Map<String, Integer> spent = new LinkedHashMap<>();
    private final Map<String, Integer> memberLists = new LinkedHashMap<>();

    @Override
    protected void addBeans(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(counter);
    }

    @Test
    void hotUpdatesStayWithinTheirStatementBudgets() {
        Team team = newTeam("МУМО учителей черчения");
        team.join("Председатель Пётр Иванович", Role.CHAIR);
        team.join("Секретарь Вера Петровна", Role.SECRETARY);
        for (int i = 0; i < 10; i++) {
            team.join(team.memberName(i), Role.MEMBER);
        }

        ZonedDateTime morning = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(1).withHour(10).withMinute(0);
        clock.moveTo(morning.toInstant());
        bean(MeetingService.class).schedule(team.chairMembership, morning.plusHours(1), MeetingFormat.IN_PERSON,
                "Кабинет 5", List.of("О плане"));
        BotMessage announcement = team.member(0).receives("назначено заседание");
        count("rsvp", team.member(0).presses(announcement, "Приду"));

        team.secretary.sends("/checkin");
        List<Phone> present = List.of(team.chair, team.secretary, team.member(0), team.member(1), team.member(2),
                team.member(3), team.member(4), team.member(5));
        BotMessage prompt = team.member(0).receives("Идёт заседание от");
        count("checkin", team.member(0).presses(prompt, "🙋 Я на заседании"));
        checkIn(present.stream().filter(p -> p != team.member(0)).toList());

        team.secretary.sends("/vote_open Утвердить план");
        BotMessage ballot = team.member(1).receives("Голосование на заседании от");
        count("ballot", team.member(1).presses(ballot, "За"));

        count("help", team.member(2).sends("/help"));

        // A reminder with the forecast, sent by a sweep run here (the scheduler's own is held so it cannot go first).
        ZonedDateTime later = morning.plusDays(3).withHour(15);
        bean(MeetingService.class).schedule(team.chairMembership, later, MeetingFormat.IN_PERSON, "Кабинет 5",
                List.of("Об олимпиаде"));
        awaitOutboxSent();
        standby();
        clock.moveTo(later.minusHours(24).plusMinutes(1).toInstant());
        List<String> reminder = counter.during(() -> assertThat(bean(ReminderService.class).sendDue()).isEqualTo(1));
        print("the reminder sweep", reminder);
        spent.put("reminder", reminder.size());
        memberLists.put("reminder", memberLists(reminder));

        System.out.println("SQL statements per update: " + spent + "; reads of the member list: " + memberLists);
        spent.forEach((update, count) -> assertThat(count).as("statements of a " + update + " update")
                .isLessThanOrEqualTo(BUDGET.get(update)));
        memberLists.forEach((update, count) -> assertThat(count).as("reads of the member list by a " + update)
                .isEqualTo(MEMBER_LISTS.get(update)));
    }

    /** Counts the statements of the update and its reads of the member list under {@code key}. */
    private void count(String key, long updateId) {
        List<String> statements = waiting().alias("update " + updateId + " processed")
                .until(() -> counter.statementsOf(updateId), list -> list != null);
        print(key + " (update " + updateId + ")", statements);
        spent.put(key, statements.size());
        memberLists.put(key, memberLists(statements));
    }

    private void standby() {
        try {
            bean(Scheduler.class).standby();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void print(String what, List<String> statements) {
        System.out.println(what + ":\n  " + String.join("\n  ", statements));
    }

    /** Statements that read an association's members (a read of the whole list, not of one membership by id). */
    private static int memberLists(List<String> statements) {
        return (int) statements.stream().map(sql -> sql.toLowerCase(Locale.ROOT))
                .filter(sql -> sql.contains("from membership") && sql.endsWith("order by p1_0.full_name"))
                .count();
    }
}
