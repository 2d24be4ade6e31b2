package ru.mumo.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.mumo.deadlines.Deadline;
import ru.mumo.deadlines.DeadlineService;
import ru.mumo.documents.WorkPlanItem;
import ru.mumo.documents.WorkPlanService;
import ru.mumo.emulator.BotMessage;
import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Role;
import ru.mumo.shared.AcademicYear;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Registry;
import ru.mumo.voting.Vote;
import ru.mumo.voting.VoteService;

/**
 * Every button prefix the bot knows, pressed with callback data forged to name what another association has (its
 * meetings, its vote, its members, deadlines, plan items, the association itself) by the chair of another
 * association and by a stranger: each press gets an answer, none reveals anything of the other association, and
 * nothing changes (issue 18).
 */
class ForgedButtonsScenarioTests extends ScenarioSupport {

    /** Every text of the other association has this in it, so that any of it showing anywhere is caught. */
    private static final String SECRET = "Зазеркал";
    /** The other association's meeting times, which would show in a meeting's label. */
    private static final List<String> SECRET_TIMES = List.of("10:13", "10:29", "17:47");
    /** Tables a press could change; sweeps that run meanwhile touch only columns left out here. */
    private static final List<String> STATE = List.of("person", "association", "membership", "role_assignment",
            "invite", "profile", "meeting", "meeting_agenda_item", "rsvp", "attendance", "meeting_settings",
            "meeting_participant", "vote", "vote_elector", "ballot", "agenda_minutes", "protocol", "work_plan_item",
            "work_plan_submission", "dialog_state", "meeting_live_message", "ballot_message", "vote_board",
            "document_request", "follow_up", "event_participation", "meeting_material", "protocol_material",
            "announcement", "announcement_recipient", "join_request", "deputy_proposal");

    @Test
    void noForgedPressRevealsOrChangesAnythingOfAnotherAssociation() {
        Team other = newTeam("МУМО Зазеркалья");
        other.join("Зазеркальная Алиса Львовна", Role.CHAIR);
        other.join("Зазеркальный Шляпник Иванович", Role.SECRETARY);
        other.join("Зазеркальная Королева Червей", Role.MEMBER);
        other.join("Зазеркальный Кролик Белый", Role.MEMBER);
        ZonedDateTime morning = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(1).withHour(10).withMinute(0);
        clock.moveTo(morning.toInstant());
        MeetingService meetings = bean(MeetingService.class);
        AttendanceService attendance = bean(AttendanceService.class);
        Meeting closed = meetings.schedule(other.chairMembership, morning.withMinute(13), MeetingFormat.IN_PERSON,
                "Кабинет Зазеркалья", List.of("Вопрос Зазеркалья"));
        attendance.openCheckIn(other.chairMembership);
        other.everyone.forEach(phone -> attendance.checkIn(closed.getId(), other.membership(phone)));
        attendance.close(other.chairMembership);
        Meeting open = meetings.schedule(other.chairMembership, morning.withMinute(29), MeetingFormat.ONLINE,
                "https://zazerkalye.example/meet", List.of("Второй вопрос Зазеркалья"));
        attendance.openCheckIn(other.chairMembership);
        other.everyone.forEach(phone -> attendance.checkIn(open.getId(), other.membership(phone)));
        Vote vote = bean(VoteService.class).open(other.secretaryMembership, "Голосование Зазеркалья", false);
        Meeting upcoming = meetings.schedule(other.chairMembership, morning.plusDays(5).withHour(17).withMinute(47),
                MeetingFormat.IN_PERSON, "Подвал Зазеркалья", List.of("Третий вопрос Зазеркалья"));
        WorkPlanItem item = bean(WorkPlanService.class).add(other.chairMembership,
                AcademicYear.planningFor(morning.toLocalDate()), 1, "Мероприятие Зазеркалья", "Март", "Итог Зазеркалья")
                .orElseThrow();
        Deadline deadline = bean(DeadlineService.class).calendar(other.associationId()).get(0);
        long member = other.membership(other.member(0)).getId();
        settle();

        Team own = newTeam("МУМО учителей логики");
        Phone chair = own.join("Логинова Лариса Леонидовна", Role.CHAIR);
        own.join("Логинов Лев Львович", Role.MEMBER);
        Phone stranger = newPhone("Незнакомка");
        stranger.sends("/start");
        stranger.receives("Здравствуйте");
        settle();
        Map<String, List<String>> forged = forgeries(other.associationId(), upcoming.getId(), open.getId(),
                closed.getId(), vote.getId(), member, item.getId(), deadline);
        assertThat(forged.keySet()).as("every button prefix is forged")
                .containsAll(bean(Registry.class).buttons().stream().map(ButtonHandler::prefix).toList());
        Map<String, List<Map<String, Object>>> before = state();
        List<Integer> theirChats = other.everyone.stream().map(Phone::messageCount).toList();
        int callsBefore = telegram.calls().size();

        for (Phone presser : List.of(chair, stranger)) {
            BotMessage under = telegram.messagesIn(presser.id()).get(0);
            List<String> pressed = new ArrayList<>();
            int answers = telegram.answersTo(presser.id()).size();
            forged.values().forEach(data -> data.forEach(d -> {
                telegram.userPressesTampered(presser.user(), under.messageId(), d);
                pressed.add(d);
            }));
            waiting().alias(pressed.size() + " answers to " + presser.user().firstName())
                    .until(() -> telegram.answersTo(presser.id()).size() >= answers + pressed.size());
        }
        settle();

        // Every message, edit and answer since, even one edited again later, to the pressers (button answers name no
        // chat, but nobody else pressed anything).
        List<String> seen = telegram.calls().subList(callsBefore, telegram.calls().size()).stream()
                .filter(call -> call.method().equals("answerCallbackQuery")
                        || List.of(chair.id(), stranger.id()).contains(call.params().path("chat_id").asLong()))
                .map(call -> call.method() + " " + call.params()).toList();
        assertThat(seen).as("calls the presses caused").isNotEmpty();
        assertThat(seen).filteredOn(t -> t.contains(SECRET) || SECRET_TIMES.stream().anyMatch(t::contains))
                .as("what the pressers saw of the other association").isEmpty();
        assertThat(state()).as("the state after the forged presses").isEqualTo(before);
        assertThat(other.everyone.stream().map(Phone::messageCount).toList()).as("messages to the other association")
                .isEqualTo(theirChats);
    }

    /** Callback data per prefix, each naming something of the other association. */
    private Map<String, List<String>> forgeries(long association, long upcoming, long open, long closed, long vote,
            long member, long item, Deadline deadline) {
        Map<String, List<String>> data = new LinkedHashMap<>();
        data.put("mcancel", List.of("mcancel:" + upcoming, "mcancel:" + upcoming + ":y", "mcancel:" + upcoming + ":n"));
        data.put("medit", List.of("medit:" + upcoming, "medit:" + upcoming + ":w", "medit:" + upcoming + ":p"));
        data.put("mnew", List.of("mnew:ok", "mnew:f:ONLINE", "mnew:e:w", "mnew:x"));
        data.put("att", List.of("att:" + open + ":" + member));
        data.put("here", List.of("here:" + open));
        data.put("rsvp", List.of("rsvp:" + upcoming + ":c", "rsvp:" + upcoming + ":n"));
        data.put("ballot", List.of("ballot:" + vote + ":F", "ballot:" + vote + ":A"));
        data.put("min", List.of("min:" + closed + ":0", "min:" + open + ":0"));
        data.put("vopen", List.of("vopen:" + open + ":0:O", "vopen:" + open + ":0:S"));
        data.put("plan", List.of("plan:e:" + item, "plan:f:" + item + ":EVENT", "plan:d:" + item));
        data.put("proto", List.of("proto:" + closed));
        data.put("pfin", List.of("pfin:" + closed, "pfin:" + closed + ":y"));
        data.put("report", List.of("report:" + deadline.getId()));
        data.put("dl", List.of("dl:" + deadline.getId(), "dl:" + deadline.getId() + ":off",
                "dl:" + deadline.getId() + ":m:7"));
        data.put("ddone", List.of("ddone:" + deadline.getId() + ":" + deadline.getDueDate().toEpochDay()));
        data.put("card", List.of("card:" + member, "card:rm:" + member, "card:rmy:" + member, "card:back:" + member));
        data.put("appoint", List.of("appoint:m:" + member, "appoint:r:" + member + ":DEPUTY"));
        data.put("assoc", List.of("assoc:" + association));
        data.put("leave", List.of("leave:yes:" + member));
        data.put("chairlink", List.of("chairlink:" + association));
        // Buttons that name nothing of an association: pressed out of turn, they act on nobody else either.
        data.put("forget", List.of("forget:no"));
        data.put("lang", List.of("lang:XX"));
        data.put("consent", List.of("consent:yes"));
        data.put("reconsent", List.of("reconsent:yes"));
        data.put("profile", List.of("profile:s", "profile:d", "profile:c:FIRST"));
        // A prefix added later gets every id of the other association, at least.
        for (ButtonHandler handler : bean(Registry.class).buttons()) {
            data.computeIfAbsent(handler.prefix(), prefix -> Stream.of(association, upcoming, open, closed, vote,
                    member, item, deadline.getId()).map(id -> prefix + ":" + id).toList());
        }
        return data;
    }

    /** The rows of every table a press could change, in a comparable form. */
    private Map<String, List<Map<String, Object>>> state() {
        JdbcTemplate jdbc = bean(JdbcTemplate.class);
        Map<String, List<Map<String, Object>>> state = new LinkedHashMap<>();
        for (String table : STATE) {
            state.put(table, jdbc.queryForList("select * from " + table + " order by 1"));
        }
        state.put("deadline", jdbc.queryForList(
                "select id, due_date, enabled, last_done_at, last_done_for from deadline order by id"));
        return state;
    }
}
