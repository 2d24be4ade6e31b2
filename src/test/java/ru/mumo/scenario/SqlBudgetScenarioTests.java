package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import ru.mumo.emulator.BotMessage;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Role;

/**
 * How many SQL statements each hot update costs, counted as the real bot processes it: a budget per update, so
 * that an N+1 query (a statement per member) cannot come back unnoticed. The association has 12 people, so a
 * statement per member would overrun every budget. Counts, not times: the test is exact on any machine.
 */
class SqlBudgetScenarioTests extends ScenarioSupport {

    /** Statements allowed per update, from the update-id insert to the commit. */
    private static final Map<String, Integer> BUDGET = Map.of(
            "rsvp", 40,
            "checkin", 40,
            "ballot", 40,
            "help", 40);

    private final StatementCounter counter = new StatementCounter();

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
        Map<String, Integer> spent = new LinkedHashMap<>();

        ZonedDateTime morning = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(1).withHour(10).withMinute(0);
        clock.moveTo(morning.toInstant());
        bean(MeetingService.class).schedule(team.chairMembership, morning.plusHours(1), MeetingFormat.IN_PERSON,
                "Кабинет 5", List.of("О плане"));
        BotMessage announcement = team.member(0).receives("назначено заседание");
        spent.put("rsvp", statements(team.member(0).presses(announcement, "Приду")));

        team.secretary.sends("/checkin");
        List<Phone> present = List.of(team.chair, team.secretary, team.member(0), team.member(1), team.member(2),
                team.member(3), team.member(4), team.member(5));
        BotMessage prompt = team.member(0).receives("Идёт заседание от");
        spent.put("checkin", statements(team.member(0).presses(prompt, "🙋 Я на заседании")));
        checkIn(present.stream().filter(p -> p != team.member(0)).toList());

        team.secretary.sends("/vote_open Утвердить план");
        BotMessage ballot = team.member(1).receives("Голосование на заседании от");
        spent.put("ballot", statements(team.member(1).presses(ballot, "За")));

        spent.put("help", statements(team.member(2).sends("/help")));

        System.out.println("SQL statements per update: " + spent);
        spent.forEach((update, count) -> assertThat(count).as("statements of a " + update + " update")
                .isLessThanOrEqualTo(BUDGET.get(update)));
    }

    private int statements(long updateId) {
        List<String> statements = waiting().alias("update " + updateId + " processed")
                .until(() -> counter.statementsOf(updateId), list -> list != null);
        System.out.println("Update " + updateId + ":\n  " + String.join("\n  ", statements));
        return statements.size();
    }
}
