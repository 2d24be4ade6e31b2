package ru.mumo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import ru.mumo.meetings.MeetingException.Reason;
import ru.mumo.membership.Admission;
import ru.mumo.membership.AssociationCreated;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.CompositionService;
import ru.mumo.membership.Consent;
import ru.mumo.membership.InviteService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.PersonDetails;
import ru.mumo.membership.Role;
import ru.mumo.shared.Language;
import ru.mumo.shared.ShiftableClock;
import ru.mumo.shared.ShiftedClock;

/**
 * The meetings module on the real schema (Flyway on H2) with Quartz and the Telegram outbox wired in, and a
 * shiftable clock. Each test works in an association of its own; the clock only moves forward.
 */
@SpringBootTest(properties = {
        "app.telegram.token=123:integration",
        "app.telegram.api-url=http://127.0.0.1:9",
        "spring.datasource.url=jdbc:h2:mem:meetings-it;DB_CLOSE_DELAY=-1",
        "app.meetings.sweep-interval=1h",
        // Quartz keeps JVM-wide registries by scheduler name: a name of its own keeps this context's scheduler
        // from taking over the database of a scenario bot started later in the same JVM.
        "spring.quartz.scheduler-name=meetings-integration"})
@ContextConfiguration(initializers = ShiftedClock.class)
@DirtiesContext
class MeetingsIntegrationTests {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final AtomicLong NEXT_USER = new AtomicLong(5000);

    /** Meetings whose reminders fail to be written, as a bug or an outage in a listener would make them. */
    private static final Set<Long> BROKEN = ConcurrentHashMap.newKeySet();

    @TestConfiguration(proxyBeanMethods = false)
    static class BreakableReminders {
        @EventListener
        void on(ReminderDue event) {
            if (BROKEN.contains(event.meetingId())) {
                throw new IllegalStateException("Broken on purpose");
            }
        }
    }

    @Autowired
    ShiftableClock clock;
    @Autowired
    AssociationService associations;
    @Autowired
    InviteService invites;
    @Autowired
    CompositionService composition;
    @Autowired
    MembershipService membership;
    @Autowired
    MeetingService meetings;
    @Autowired
    ReminderService reminders;
    @Autowired
    AttendanceService attendance;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Scheduler scheduler;

    @Test
    void schedulingNumbersWithinTheYearAnnouncesAndPlansBothReminders() {
        Association a = association(3, 0);
        List<Long> before = a.everyone.stream().map(m -> outbox(m, "MESSAGE")).toList();
        ZonedDateTime start = inDays(10);
        Meeting first = meetings.schedule(a.chair, start, MeetingFormat.IN_PERSON, "School 1, room 12",
                List.of("Work plan", " ", "Olympiad results"));
        Meeting second = meetings.schedule(a.chair, start.plusDays(7), MeetingFormat.ONLINE, "https://meet.example/x",
                List.of("Report"));

        assertThat(first.getNumber()).as("numbers are given at close").isNull();
        assertThat(second.getNumber()).isNull();
        assertThat(first.getAgenda()).containsExactly("Work plan", "Olympiad results");
        assertThat(reminders.remindersOf(first.getId())).extracting(Reminder::getOffset, Reminder::getKind)
                .containsExactly(tuple(Duration.ofHours(24), Reminder.Kind.FORECAST),
                        tuple(Duration.ofHours(1), Reminder.Kind.PLAIN));
        for (int i = 0; i < a.everyone.size(); i++) {
            assertThat(outbox(a.everyone.get(i), "MESSAGE")).isEqualTo(before.get(i) + 2);
            assertThat(outbox(a.everyone.get(i), "DOCUMENT")).isEqualTo(2);
        }
    }

    @Test
    void badRequestsChangeNothing() {
        Association a = association(3, 0);
        assertThatThrownBy(() -> meetings.schedule(a.chair, ZonedDateTime.now(clock).minusMinutes(1),
                MeetingFormat.IN_PERSON, "Room", List.of("x")))
                .extracting(e -> ((MeetingException) e).reason()).isEqualTo(Reason.START_IN_PAST);
        assertThatThrownBy(() -> meetings.schedule(a.chair, inDays(3), MeetingFormat.IN_PERSON, "Room", List.of(" ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> meetings.schedule(a.members.get(0), inDays(3), MeetingFormat.IN_PERSON, "Room",
                List.of("x")))
                .extracting(e -> ((MeetingException) e).reason()).isEqualTo(Reason.NOT_ALLOWED);
        assertThat(meetings.upcoming(a.id)).isEmpty();
    }

    @Test
    void anAnswerIsOnePerMemberAndMayChange() {
        Association a = association(3, 0);
        Meeting meeting = meetings.schedule(a.chair, inDays(5), MeetingFormat.IN_PERSON, "Room", List.of("x"));
        Membership member = a.members.get(0);
        meetings.answer(meeting.getId(), member, RsvpAnswer.COMING);
        meetings.answer(meeting.getId(), member, RsvpAnswer.NOT_COMING);
        assertThat(meetings.answerOf(meeting.getId(), member.getId())).contains(RsvpAnswer.NOT_COMING);
        assertThat(jdbc.queryForObject("select count(*) from rsvp where meeting_id = ?", Integer.class,
                meeting.getId())).isEqualTo(1);
    }

    @Test
    void remindersGoOnceEachAndNotToThoseWhoCannotCome() {
        Association a = association(10, 1);
        Meeting meeting = meetings.schedule(a.chair, inDays(2), MeetingFormat.IN_PERSON, "Room", List.of("x"));
        Membership declined = a.members.get(0);
        meetings.answer(meeting.getId(), declined, RsvpAnswer.NOT_COMING);
        for (int i = 1; i <= 3; i++) {
            meetings.answer(meeting.getId(), a.members.get(i), RsvpAnswer.COMING);
        }
        meetings.answer(meeting.getId(), a.guests.get(0), RsvpAnswer.COMING);
        Membership coming = a.members.get(1);
        long declinedBefore = outbox(declined, "MESSAGE");
        long comingBefore = outbox(coming, "MESSAGE");

        clock.moveTo(meeting.getStartsAt().minus(Duration.ofHours(24)));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(reminders.remindersOf(meeting.getId())).extracting(r -> r.getSentAt() != null)
                .containsExactly(true, false);
        assertThat(outbox(coming, "MESSAGE")).isEqualTo(comingBefore + 1);
        assertThat(outbox(declined, "MESSAGE")).isEqualTo(declinedBefore);
        assertThat(lastText(a.chair)).contains("3 из 10").contains("нужно 6").contains(a.members.get(5).getPerson()
                .getFullName());
        assertThat(lastText(a.secretary)).contains("3 из 10");

        clock.moveTo(meeting.getStartsAt().minus(Duration.ofHours(1)));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(reminders.remindersOf(meeting.getId())).allMatch(r -> r.getSentAt() != null);
        assertThat(outbox(coming, "MESSAGE")).isEqualTo(comingBefore + 2);
        assertThat(outbox(declined, "MESSAGE")).isEqualTo(declinedBefore);
    }

    @Test
    void aFailingReminderHoldsBackNoOtherAndIsRetried() {
        Association a = association(2, 0);
        Association b = association(2, 0);
        ZonedDateTime start = inDays(2);
        Meeting broken = meetings.schedule(a.chair, start, MeetingFormat.IN_PERSON, "Room", List.of("x"));
        Meeting fine = meetings.schedule(b.chair, start, MeetingFormat.IN_PERSON, "Room", List.of("x"));
        BROKEN.add(broken.getId());
        clock.moveTo(start.toInstant().minus(Duration.ofHours(24)));
        reminders.sendDue();
        assertThat(reminders.remindersOf(fine.getId()).get(0).getSentAt()).isNotNull();
        assertThat(reminders.remindersOf(broken.getId()).get(0).getSentAt()).isNull();

        BROKEN.remove(broken.getId());
        reminders.sendDue();
        assertThat(reminders.remindersOf(broken.getId()).get(0).getSentAt()).isNotNull();
    }

    @Test
    void afterLongDowntimeOnlyTheLatestReminderGoesAndNoneOnceStarted() {
        Association a = association(2, 0);
        Meeting soon = meetings.schedule(a.chair, inDays(2), MeetingFormat.IN_PERSON, "Room", List.of("x"));
        clock.moveTo(soon.getStartsAt().minus(Duration.ofMinutes(30)));
        reminders.sendDue();
        assertThat(reminders.remindersOf(soon.getId())).extracting(Reminder::getOffset, r -> r.getSentAt() != null)
                .containsExactly(tuple(Duration.ofHours(24), false),
                        tuple(Duration.ofHours(1), true));

        Meeting missed = meetings.schedule(a.chair, inDays(2), MeetingFormat.IN_PERSON, "Room", List.of("x"));
        clock.moveTo(missed.getStartsAt().plusSeconds(1));
        reminders.sendDue();
        assertThat(reminders.remindersOf(missed.getId()))
                .allMatch(r -> r.getDroppedAt() != null && r.getSentAt() == null);
    }

    @Test
    void movingReplansAndCancellingDropsTheReminders() {
        Association a = association(2, 0);
        Meeting meeting = meetings.schedule(a.chair, inDays(5), MeetingFormat.IN_PERSON, "Room", List.of("x"));
        Instant later = meeting.getStartsAt().plus(Duration.ofDays(3));
        meetings.move(a.chair, meeting.getId(), later);
        assertThat(reminders.remindersOf(meeting.getId())).extracting(Reminder::getFireAt)
                .containsExactly(later.minus(Duration.ofHours(24)), later.minus(Duration.ofHours(1)));
        meetings.cancel(a.chair, meeting.getId());
        assertThat(reminders.remindersOf(meeting.getId())).isEmpty();
        assertThat(meetings.upcoming(a.id)).isEmpty();
    }

    @Test
    void anAssociationChoosesItsOwnOffsetsAndUpcomingMeetingsFollow() {
        Association a = association(3, 0);
        Meeting meeting = meetings.schedule(a.chair, inDays(6), MeetingFormat.IN_PERSON, "Room", List.of("x"));
        assertThat(reminders.changeOffsets(a.secretary, List.of(Duration.ofHours(2), Duration.ofDays(2))))
                .containsExactly(Duration.ofDays(2), Duration.ofHours(2));
        assertThat(reminders.remindersOf(meeting.getId())).extracting(Reminder::getOffset, Reminder::getKind)
                .containsExactly(tuple(Duration.ofDays(2), Reminder.Kind.FORECAST),
                        tuple(Duration.ofHours(2), Reminder.Kind.PLAIN));
        Meeting next = meetings.schedule(a.chair, inDays(8), MeetingFormat.IN_PERSON, "Room", List.of("x"));
        assertThat(reminders.remindersOf(next.getId())).extracting(Reminder::getOffset)
                .containsExactly(Duration.ofDays(2), Duration.ofHours(2));
        assertThat(reminders.offsets(association(2, 0).id)).containsExactly(Duration.ofHours(24), Duration.ofHours(1));

        for (List<Duration> bad : List.of(List.<Duration>of(), List.of(Duration.ofMinutes(1)), List.of(Duration.ofDays(15)),
                List.of(Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(4)))) {
            assertThatThrownBy(() -> reminders.changeOffsets(a.chair, bad))
                    .extracting(e -> ((MeetingException) e).reason()).isEqualTo(Reason.BAD_OFFSETS);
        }
        assertThatThrownBy(() -> reminders.changeOffsets(a.members.get(0), List.of(Duration.ofHours(3))))
                .extracting(e -> ((MeetingException) e).reason()).isEqualTo(Reason.NOT_ALLOWED);
        assertThat(reminders.offsets(a.id)).containsExactly(Duration.ofDays(2), Duration.ofHours(2));
    }

    @Test
    void quorumCountsMembersPresentAndNeverGuests() {
        Association a = association(10, 2);
        morning();
        Meeting meeting = meetings.schedule(a.chair, ZonedDateTime.now(clock.withZone(MOSCOW)).plusHours(2),
                MeetingFormat.IN_PERSON, "Room", List.of("x"));
        assertThatThrownBy(() -> attendance.checkIn(meeting.getId(), a.members.get(0)))
                .extracting(e -> ((MeetingException) e).reason()).isEqualTo(Reason.CHECK_IN_CLOSED);

        attendance.openCheckIn(a.secretary);
        for (int i = 0; i < 4; i++) {
            attendance.checkIn(meeting.getId(), a.members.get(i));
        }
        attendance.checkIn(meeting.getId(), a.guests.get(0));
        attendance.toggle(meeting.getId(), a.secretary, a.guests.get(1).getId());
        assertThat(attendance.quorum(meeting.getId())).isEqualTo(Quorum.of(10, 4));
        attendance.toggle(meeting.getId(), a.secretary, a.chair.getId());
        assertThat(attendance.quorum(meeting.getId()).quorate()).isFalse();
        attendance.toggle(meeting.getId(), a.secretary, a.secretary.getId());
        assertThat(attendance.quorum(meeting.getId())).isEqualTo(Quorum.of(10, 6));
        assertThat(attendance.quorum(meeting.getId()).quorate()).isTrue();
        attendance.toggle(meeting.getId(), a.secretary, a.secretary.getId());
        assertThat(attendance.quorum(meeting.getId()).quorate()).isFalse();
        attendance.toggle(meeting.getId(), a.secretary, a.secretary.getId());

        Meeting closed = attendance.close(a.secretary);
        assertThat(closed.frozenQuorum()).isEqualTo(Quorum.of(10, 6));
        assertThatThrownBy(() -> attendance.checkIn(meeting.getId(), a.members.get(5)))
                .extracting(e -> ((MeetingException) e).reason()).isEqualTo(Reason.MEETING_CLOSED);
        assertThatThrownBy(() -> attendance.toggle(meeting.getId(), a.secretary, a.members.get(5).getId()))
                .extracting(e -> ((MeetingException) e).reason()).isEqualTo(Reason.MEETING_CLOSED);
        LocalDate day = closed.localDate();
        int quarter = (day.getMonthValue() - 1) / 3 + 1;
        assertThat(meetings.heldInQuarter(a.id, day.getYear(), quarter)).isEqualTo(1);
        int academicYear = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        assertThat(meetings.heldInAcademicYear(a.id, academicYear)).isEqualTo(1);
        assertThat(meetings.heldInAcademicYear(a.id, academicYear - 1)).isZero();
    }

    @Test
    void peopleOfAnotherAssociationCannotAnswerOrCheckIn() {
        Association a = association(3, 0);
        Association other = association(3, 0);
        morning();
        Meeting meeting = meetings.schedule(a.chair, ZonedDateTime.now(clock.withZone(MOSCOW)).plusHours(1),
                MeetingFormat.IN_PERSON, "Room", List.of("x"));
        attendance.openCheckIn(a.chair);
        assertThatThrownBy(() -> meetings.answer(meeting.getId(), other.members.get(0), RsvpAnswer.COMING))
                .extracting(e -> ((MeetingException) e).reason()).isEqualTo(Reason.NOT_A_MEMBER);
        assertThatThrownBy(() -> attendance.checkIn(meeting.getId(), other.members.get(0)))
                .extracting(e -> ((MeetingException) e).reason()).isEqualTo(Reason.NOT_A_MEMBER);
        assertThatThrownBy(() -> attendance.toggle(meeting.getId(), other.chair, a.members.get(0).getId()))
                .extracting(e -> ((MeetingException) e).reason()).isEqualTo(Reason.NOT_A_MEMBER);
        assertThat(attendance.presentIds(meeting.getId())).isEmpty();
    }

    @Test
    void checkInNeedsAMeetingToday() {
        Association a = association(2, 0);
        morning();
        meetings.schedule(a.chair, inDays(3), MeetingFormat.IN_PERSON, "Room", List.of("x"));
        assertThatThrownBy(() -> attendance.openCheckIn(a.chair))
                .extracting(e -> ((MeetingException) e).reason()).isEqualTo(Reason.NO_MEETING_TODAY);
    }

    @Test
    void theSweeperIsAQuartzTriggerInThePersistentStore() throws Exception {
        assertThat(scheduler.getTrigger(TriggerKey.triggerKey("reminder-sweep", "meetings"))).isNotNull();
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
    }

    /**
     * Protocol numbers are given at close, consecutive within the academic year: a cancelled meeting takes none,
     * a meeting moved across 1 January keeps counting in its academic year, and 1 September starts again at 1.
     */
    @Test
    void protocolNumbersRunWithoutGapsWithinTheAcademicYear() {
        Association a = association(3, 0);
        int year = ru.mumo.shared.AcademicYear.of(ZonedDateTime.now(clock.withZone(MOSCOW)).toLocalDate())
                .startYear() + 1;
        clock.moveTo(ZonedDateTime.of(year, 12, 1, 9, 0, 0, 0, MOSCOW).toInstant());
        Meeting first = meetings.schedule(a.chair, ZonedDateTime.of(year, 12, 15, 15, 0, 0, 0, MOSCOW),
                MeetingFormat.IN_PERSON, "Room 1", List.of("Plan"));
        Meeting cancelled = meetings.schedule(a.chair, ZonedDateTime.of(year, 12, 20, 15, 0, 0, 0, MOSCOW),
                MeetingFormat.IN_PERSON, "Room 1", List.of("Olympiad"));
        Meeting moved = meetings.schedule(a.chair, ZonedDateTime.of(year, 12, 25, 15, 0, 0, 0, MOSCOW),
                MeetingFormat.IN_PERSON, "Room 1", List.of("Report"));
        assertThat(List.of(first, cancelled, moved)).extracting(Meeting::getNumber).containsOnlyNulls();
        meetings.cancel(a.chair, cancelled.getId());
        Meeting january = meetings.move(a.chair, moved.getId(),
                ZonedDateTime.of(year + 1, 1, 15, 15, 0, 0, 0, MOSCOW).toInstant());

        assertThat(hold(a, first)).extracting(Meeting::getNumber, Meeting::getNumberYear).containsExactly(1, year);
        assertThat(hold(a, january)).extracting(Meeting::getNumber, Meeting::getNumberYear).containsExactly(2, year);
        Meeting september = meetings.schedule(a.chair, ZonedDateTime.of(year + 1, 9, 10, 15, 0, 0, 0, MOSCOW),
                MeetingFormat.IN_PERSON, "Room 1", List.of("Plan"));
        assertThat(hold(a, september)).extracting(Meeting::getNumber, Meeting::getNumberYear)
                .containsExactly(1, year + 1);
        assertThat(meetings.meeting(cancelled.getId()).orElseThrow().getNumber()).isNull();
    }

    /** Opens the meeting at its start, marks the chair and the secretary present and closes it. */
    private Meeting hold(Association a, Meeting meeting) {
        clock.moveTo(meeting.getStartsAt().plus(Duration.ofMinutes(5)));
        attendance.openAttendance(a.chair);
        attendance.toggle(meeting.getId(), a.chair, a.chair.getId());
        attendance.toggle(meeting.getId(), a.chair, a.secretary.getId());
        return attendance.close(a.chair);
    }

    private long outbox(Membership m, String kind) {
        return jdbc.queryForObject("select count(*) from outbox_message where chat_id = ? and kind = ?", Long.class,
                m.getPerson().getTelegramUserId(), kind);
    }

    private String lastText(Membership m) {
        return jdbc.queryForObject("select payload from outbox_message where chat_id = ? and kind = 'MESSAGE' "
                + "order by id desc fetch first 1 rows only", String.class, m.getPerson().getTelegramUserId());
    }

    private ZonedDateTime inDays(int days) {
        return ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(days).withSecond(0).withNano(0);
    }

    /** 10:00 in Moscow on the next day, so a meeting two hours later is on the same day. */
    private void morning() {
        clock.moveTo(ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(1).withHour(10).withMinute(0).toInstant());
    }

    /** An association with a chair, a secretary, more members (so {@code size} in all) and guests. */
    private Association association(int size, int guests) {
        AssociationCreated created = associations.createAssociation("Association " + NEXT_USER.get(), "TEREK", 1);
        Association a = new Association(created.association().getId());
        a.chair = join(created.chairInvite().getCode(), "Chair");
        a.everyone.add(a.chair);
        for (int i = 1; i < size; i++) {
            Membership m = join(created.memberInvite().getCode(), "Member " + i, a.chair);
            a.everyone.add(m);
            if (i == 1) {
                a.secretary = membership.appoint(a.chair, m.getId(), Role.SECRETARY);
            } else {
                a.members.add(m);
            }
        }
        for (int i = 0; i < guests; i++) {
            Membership g = join(invites.issueInvite(a.chair, Role.GUEST).getCode(), "Guest " + i);
            a.guests.add(g);
            a.everyone.add(g);
        }
        return a;
    }

    private Membership join(String code, String name) {
        return join(code, name, null);
    }

    /** Joins by the link; a request to join (T 2.2) is approved by {@code chair} at once. */
    private Membership join(String code, String name, Membership chair) {
        long user = NEXT_USER.incrementAndGet();
        Admission admission = invites.join(code, user, new PersonDetails(name + " " + user, "School", "Teacher"),
                new Consent("2026-11", clock.instant()), Language.RU);
        return admission.joined() ? admission.membership()
                : composition.decide(chair, admission.request().getId(), true).orElseThrow();
    }

    private static final class Association {
        final long id;
        Membership chair;
        Membership secretary;
        final List<Membership> members = new ArrayList<>();
        final List<Membership> guests = new ArrayList<>();
        final List<Membership> everyone = new ArrayList<>();

        Association(long id) {
            this.id = id;
        }
    }
}
