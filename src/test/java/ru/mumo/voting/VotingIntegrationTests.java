package ru.mumo.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
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
 * Ballots racing on the real schema: presses of one member on many threads (a double tap handled by two
 * instances) give one ballot, presses of many members lose no count. Each test has an association of its own.
 */
@SpringBootTest(properties = {
        "app.telegram.token=123:integration",
        "app.telegram.api-url=http://127.0.0.1:9",
        "spring.datasource.url=jdbc:h2:mem:voting-it;DB_CLOSE_DELAY=-1",
        "app.meetings.sweep-interval=1h",
        "spring.quartz.scheduler-name=voting-integration"})
@ContextConfiguration(initializers = ShiftedClock.class)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VotingIntegrationTests {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final AtomicLong NEXT_USER = new AtomicLong(7000);

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
    AttendanceService attendance;
    @Autowired
    VoteService votes;
    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService threads = Executors.newFixedThreadPool(8);

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired
    org.springframework.transaction.interceptor.TransactionInterceptor interceptor;

    /**
     * A refusal passing through a method with its own {@code @Transactional(readOnly = true)} leaves the caller's
     * transaction free to commit: the refusal is an answer, and the update's other effects must be kept.
     */
    @Test
    void aRefusalThroughAReadOnlyMethodLeavesTheTransactionCommittable() {
        Sitting sitting = sitting(1);
        attendance.close(sitting.secretary);
        tx.executeWithoutResult(status -> {
            assertThatThrownBy(() -> votes.openMeeting(sitting.secretary)).isInstanceOf(VoteException.class);
            assertThat(status.isRollbackOnly()).isFalse();
        });
    }

    @Test
    void oneMemberPressingOnEightThreadsGetsOneBallot() throws Exception {
        Sitting sitting = sitting(5);
        Vote vote = votes.open(sitting.secretary, "Approve the plan", false);
        Membership member = sitting.present.get(2);
        race(8, i -> votes.cast(vote.getId(), member, i % 2 == 0 ? Choice.FOR : Choice.AGAINST));
        assertThat(jdbc.queryForObject("select count(*) from ballot where vote_id = ?", Integer.class, vote.getId()))
                .isEqualTo(1);
        assertThat(votes.vote(vote.getId()).orElseThrow().votedCount()).isEqualTo(1);
    }

    @Test
    void manyMembersAtOnceLoseNoCountAndTheRuleDecides() throws Exception {
        Sitting sitting = sitting(7);
        Vote vote = votes.open(sitting.secretary, "Approve the plan", true);
        race(7, i -> votes.cast(vote.getId(), sitting.present.get(i), i < 4 ? Choice.FOR : Choice.AGAINST));
        Vote closed = votes.close(sitting.secretary, vote.getId());
        assertThat(closed.result()).isEqualTo(new Tally(4, 3, 0, 7, 9));
        assertThat(closed.getOutcome()).isEqualTo(Outcome.PASSED);
        assertThat(jdbc.queryForObject("select count(*) from ballot where vote_id = ?",
                Integer.class, vote.getId())).as("a closed secret vote keeps no ballot").isZero();
        assertThatThrownBy(() -> votes.close(sitting.secretary, vote.getId()))
                .extracting(e -> ((VoteException) e).reason()).isEqualTo(VoteException.Reason.NO_OPEN_VOTE);
    }

    @Test
    void closingTheMeetingClosesItsOpenVote() {
        Sitting sitting = sitting(5);
        Vote vote = votes.open(sitting.secretary, "Approve the plan", false);
        for (int i = 0; i < 3; i++) {
            votes.cast(vote.getId(), sitting.present.get(i), Choice.FOR);
        }
        attendance.close(sitting.secretary);
        Vote closed = votes.vote(vote.getId()).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(VoteStatus.CLOSED);
        assertThat(closed.result()).isEqualTo(new Tally(3, 0, 0, 5, 9));
        assertThat(closed.getOutcome()).isEqualTo(Outcome.PASSED);
        assertThatThrownBy(() -> votes.cast(vote.getId(), sitting.present.get(3), Choice.FOR))
                .extracting(e -> ((VoteException) e).reason()).isEqualTo(VoteException.Reason.VOTE_CLOSED);
    }

    @Test
    void aVoteNeedsQuorumAndAnOfficer() {
        Sitting sitting = sitting(4);
        assertThatThrownBy(() -> votes.open(sitting.secretary, "Approve the plan", false))
                .extracting(e -> ((VoteException) e).reason()).isEqualTo(VoteException.Reason.NO_QUORUM);
        assertThatThrownBy(() -> votes.open(sitting.present.get(2), "Approve the plan", false))
                .extracting(e -> ((VoteException) e).reason()).isEqualTo(VoteException.Reason.NOT_ALLOWED);
        assertThat(votes.votesOf(sitting.meeting.getId())).isEmpty();
    }

    private interface Press {
        void run(int thread);
    }

    private void race(int count, Press press) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int thread = i;
            done.add(threads.submit(() -> {
                start.await();
                press.run(thread);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(30, TimeUnit.SECONDS);
        }
    }

    /** An association of 9 members and a guest, at an open meeting today with {@code present} members marked. */
    private Sitting sitting(int present) {
        ZonedDateTime morning = ZonedDateTime.now(clock.withZone(MOSCOW)).plusDays(1).withHour(10).withMinute(0);
        clock.moveTo(morning.toInstant());
        AssociationCreated created = associations.createAssociation("Association " + NEXT_USER.get(), "TEREK", 1);
        Membership chair = join(created.chairInvite().getCode(), "Chair");
        List<Membership> members = new ArrayList<>(List.of(chair));
        Membership secretary = null;
        for (int i = 1; i < 9; i++) {
            Membership m = join(created.memberInvite().getCode(), "Member " + i, chair);
            if (i == 1) {
                m = membership.appoint(chair, m.getId(), Role.SECRETARY);
                secretary = m;
            }
            members.add(m);
        }
        join(invites.issueInvite(chair, Role.GUEST).getCode(), "Guest");
        Meeting meeting = meetings.schedule(chair, morning.plusHours(1), MeetingFormat.IN_PERSON, "Room",
                List.of("Plan"));
        attendance.openAttendance(secretary);
        for (int i = 0; i < present; i++) {
            attendance.toggle(meeting.getId(), secretary, members.get(i).getId());
        }
        return new Sitting(meeting, secretary, members.subList(0, present));
    }

    private Membership join(String code, String name) {
        return join(code, name, null);
    }

    /** Joins by the link; a request to join (T 2.2) is approved by {@code chair} at once. */
    private Membership join(String code, String name, Membership chair) {
        long user = NEXT_USER.incrementAndGet();
        Admission admission = invites.join(code, user, new PersonDetails(name + " " + user, "School", "Teacher"),
                new Consent("2026-11", clock.instant()), Language.EN);
        return admission.joined() ? admission.membership()
                : composition.decide(chair, admission.request().getId(), true).orElseThrow();
    }

    private record Sitting(Meeting meeting, Membership secretary, List<Membership> present) {
    }
}
