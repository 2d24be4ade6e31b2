package ru.mumo.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import ru.mumo.documents.ProtocolDocument;
import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.AssociationCreated;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Consent;
import ru.mumo.membership.InviteService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.PersonDetails;
import ru.mumo.shared.Language;
import ru.mumo.shared.ShiftableClock;
import ru.mumo.shared.ShiftedClock;
import ru.mumo.voting.ProtocolService;
import ru.mumo.voting.VoteException;

/**
 * The deadlines module on the real schema with the outbox wired in: the calendar an association gets, and
 * sweeps running at once (as two instances on one database would) sending a nudge once.
 */
@SpringBootTest(properties = {
        "app.telegram.token=123:integration",
        "app.telegram.api-url=http://127.0.0.1:9",
        "spring.datasource.url=jdbc:h2:mem:deadlines-it;DB_CLOSE_DELAY=-1",
        "app.deadlines.sweep-interval=1h",
        "spring.quartz.scheduler-name=deadlines-integration",
        "app.officials.ids=" + DeadlinesIntegrationTests.OFFICIAL})
@ContextConfiguration(initializers = ShiftedClock.class)
@DirtiesContext
class DeadlinesIntegrationTests {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final long OFFICIAL = 6999;
    private static final AtomicLong NEXT_USER = new AtomicLong(7000);

    @Autowired
    ShiftableClock clock;
    @Autowired
    AssociationService associations;
    @Autowired
    InviteService invites;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    NudgeService nudges;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeetingService meetings;
    @Autowired
    AttendanceService attendance;
    @Autowired
    ProtocolDocument protocols;
    @Autowired
    ProtocolService protocolService;

    @Test
    void anAssociationGetsEveryDeadlineOfItsRegulationSwitchedOnAndNothingOfTheOther() {
        Membership spirovo = chairOfNewAssociation("SPIROVO");
        assertThat(deadlines.calendar(spirovo.getAssociation().getId())).extracting(Deadline::getKind)
                .containsExactly(DeadlineKind.WORK_PLAN, DeadlineKind.YEAR_MEETINGS, DeadlineKind.ACADEMIC_REPORT);
        Membership chair = chairOfNewAssociation();
        List<Deadline> calendar = deadlines.calendar(chair.getAssociation().getId());
        assertThat(calendar).extracting(Deadline::getKind).containsExactly(DeadlineKind.QUARTER_MEETING,
                DeadlineKind.CALENDAR_REPORT, DeadlineKind.TERM_END);
        assertThat(calendar).allSatisfy(d -> {
            assertThat(d.isEnabled()).isTrue();
            assertThat(d.getDueDate()).isAfterOrEqualTo(LocalDate.now(clock.withZone(MOSCOW)));
        });
        assertThat(calendar.stream().filter(d -> d.getKind() == DeadlineKind.TERM_END).findFirst().orElseThrow()
                .getDueDate()).isEqualTo(LocalDate.now(clock.withZone(MOSCOW)).plusYears(1));
    }

    @Test
    void anotherRegulationBringsItsOwnCalendarAndDropsTheOldOnesDeadlines() {
        Membership chair = chairOfNewAssociation();
        long id = chair.getAssociation().getId();
        associations.changeRegulation(id, "SPIROVO", OFFICIAL);
        assertThat(deadlines.calendar(id)).extracting(Deadline::getKind)
                .containsExactlyInAnyOrder(DeadlineKind.WORK_PLAN, DeadlineKind.YEAR_MEETINGS,
                        DeadlineKind.ACADEMIC_REPORT);
        assertThat(associations.regulationOf(id).code()).isEqualTo("SPIROVO");
        associations.changeRegulation(id, "TEREK", OFFICIAL);
        assertThat(deadlines.calendar(id)).extracting(Deadline::getKind)
                .containsExactlyInAnyOrder(DeadlineKind.QUARTER_MEETING, DeadlineKind.CALENDAR_REPORT,
                        DeadlineKind.TERM_END);
    }

    @Test
    void twoSweepsAtOnceSendTheNudgeOnceAndTheDatabaseRefusesASecondRow() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(MOSCOW));
        ZonedDateTime nine = now.withHour(9).withMinute(30).withSecond(0).withNano(0);
        clock.moveTo((nine.isAfter(now) ? nine : nine.plusDays(1)).toInstant());
        Membership chair = chairOfNewAssociation();
        LocalDate today = LocalDate.now(clock.withZone(MOSCOW));
        Deadline report = null;
        for (Deadline d : deadlines.calendar(chair.getAssociation().getId())) {
            boolean keep = d.getKind() == DeadlineKind.CALENDAR_REPORT;
            deadlines.switchOn(chair, d.getId(), keep);
            if (keep) {
                report = deadlines.move(chair, d.getId(), (int) ChronoUnit.DAYS.between(d.getDueDate(),
                        today.plusDays(3))).orElseThrow();
            }
        }
        long deadlineId = report.getId();

        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Void>> sweeps = List.of(sweep(start), sweep(start));
        CompletableFuture.allOf(sweeps.toArray(CompletableFuture[]::new)).get();
        nudges.sendDue();

        assertThat(nudges.nudgeDates(deadlineId)).containsExactly(today);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where chat_id = ? and kind = 'MESSAGE'"
                + " and payload like '%через 3 дня%'", Long.class, chair.getPerson().getTelegramUserId())).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.update("insert into deadline_nudge (deadline_id, nudge_date, due_date,"
                + " escalated, sent_at) values (?, ?, ?, false, current_timestamp)", deadlineId, today,
                today.plusDays(3))).isInstanceOf(DataIntegrityViolationException.class);
    }

    /**
     * Noon tomorrow, Moscow time, for a meeting whose day the test then lives through: an hour from now, as before,
     * failed when the clock (shared with other classes) showed 22:55 or later in Moscow, since five minutes after the
     * start it was another day and no meeting was "today".
     */
    private ZonedDateTime noonTomorrow() {
        return ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(1).withHour(12).truncatedTo(ChronoUnit.HOURS);
    }

    @Test
    void aClosedMeetingOwesItsProtocolInThreeDaysUntilTheProtocolIsFinal() {
        Membership chair = chairOfNewAssociation();
        ZonedDateTime start = noonTomorrow();
        Meeting meeting = meetings.schedule(chair, start, MeetingFormat.ONLINE, "https://example.org/room",
                List.of("О плане работы"));
        clock.moveTo(start.plusMinutes(5).toInstant());
        attendance.openAttendance(chair);
        attendance.toggle(meeting.getId(), chair, chair.getId());
        assertThatThrownBy(() -> protocols.protocol(meetings.meeting(meeting.getId()).orElseThrow(), Language.RU))
                .as("a protocol is written at close").isInstanceOf(VoteException.class);
        assertThat(deadlines.protocolOf(meeting.getId())).as("no protocol is owed while the meeting runs").isEmpty();
        attendance.close(chair);

        Deadline quarter = deadlines.calendar(chair.getAssociation().getId()).stream()
                .filter(d -> d.getKind() == DeadlineKind.QUARTER_MEETING).findFirst().orElseThrow();
        assertThat(quarter.getLastDoneFor()).as("the quarter's meeting rule is met on closing")
                .isEqualTo(deadlines.rule(quarter).firstOnOrAfter(meeting.localDate()));

        Deadline owed = deadlines.protocolOf(meeting.getId()).orElseThrow();
        assertThat(owed.getKind()).isEqualTo(DeadlineKind.MEETING_PROTOCOL);
        assertThat(owed.getDueDate()).isEqualTo(LocalDate.now(clock.withZone(MOSCOW)).plusDays(3));
        assertThat(deadlines.calendar(chair.getAssociation().getId())).last().extracting(Deadline::getId)
                .isEqualTo(owed.getId());

        protocols.protocol(meetings.meeting(meeting.getId()).orElseThrow(), Language.RU);
        assertThat(deadlines.protocolOf(meeting.getId()).orElseThrow().isFinished())
                .as("fetching a draft does not meet the deadline").isFalse();
        assertThat(deadlines.markDone(chair, owed.getId(), owed.getDueDate()))
                .as("nor does Done by hand").isEqualTo(DoneResult.PROTOCOL_NOT_FINAL);
        assertThat(protocolService.finalise(chair, meeting.getId())).isTrue();
        Deadline met = deadlines.protocolOf(meeting.getId()).orElseThrow();
        assertThat(met.isFinished()).isTrue();
        assertThat(met.getLastDoneFor()).isEqualTo(owed.getDueDate());
        assertThat(deadlines.calendar(chair.getAssociation().getId())).extracting(Deadline::getKind)
                .doesNotContain(DeadlineKind.MEETING_PROTOCOL);
        assertThat(deadlines.deadline(chair, met.getId())).as("a met protocol is off the chair's calendar").isEmpty();
        assertThat(deadlines.markDone(chair, met.getId(), met.getDueDate())).isEqualTo(DoneResult.ALREADY);
        assertThat(deadlines.protocolOf(meeting.getId()).orElseThrow().getLastDoneAt()).isEqualTo(met.getLastDoneAt());
    }

    @Test
    void aMeetingClosedWithoutQuorumDoesNotMeetTheQuarterRule() {
        Membership chair = chairOfNewAssociation();
        ZonedDateTime start = noonTomorrow();
        Meeting meeting = meetings.schedule(chair, start, MeetingFormat.ONLINE, "https://example.org/room",
                List.of("О плане работы"));
        clock.moveTo(start.plusMinutes(5).toInstant());
        attendance.openAttendance(chair);
        Meeting closed = attendance.close(chair);

        assertThat(closed.isHeld()).as("nobody checked in: no quorum").isFalse();
        Deadline quarter = deadlines.calendar(chair.getAssociation().getId()).stream()
                .filter(d -> d.getKind() == DeadlineKind.QUARTER_MEETING).findFirst().orElseThrow();
        assertThat(quarter.getLastDoneFor()).as("a meeting without quorum is not held").isNull();
        assertThat(meetings.heldInQuarter(chair.getAssociation().getId(), closed.localDate().getYear(),
                (closed.localDate().getMonthValue() - 1) / 3 + 1)).isZero();
        assertThat(deadlines.protocolOf(meeting.getId())).as("its protocol is still owed: it says no quorum")
                .isPresent();
    }

    private CompletableFuture<Void> sweep(CyclicBarrier start) {
        return CompletableFuture.runAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            nudges.sendDue();
        });
    }

    private Membership chairOfNewAssociation() {
        return chairOfNewAssociation("TEREK");
    }

    private Membership chairOfNewAssociation(String regulation) {
        AssociationCreated created = associations.createAssociation("Association " + NEXT_USER.get(), regulation, 1);
        long user = NEXT_USER.incrementAndGet();
        return invites.join(created.chairInvite().getCode(), user,
                new PersonDetails("Chair " + user, "School", "Teacher"), new Consent("2026-11", clock.instant()),
                Language.RU).membership();
    }
}
