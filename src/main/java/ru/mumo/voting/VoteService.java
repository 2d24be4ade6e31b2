package ru.mumo.voting;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.FollowUp;
import ru.mumo.meetings.FollowUpResult;
import ru.mumo.meetings.FollowUpService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingClosed;
import ru.mumo.meetings.MeetingStatus;
import ru.mumo.meetings.Quorum;
import ru.mumo.membership.Membership;
import ru.mumo.membership.Role;
import ru.mumo.voting.VoteException.Reason;
import ru.mumo.voting.internal.Ballots;
import ru.mumo.voting.internal.VoteElectors;
import ru.mumo.voting.internal.Votes;

/**
 * Opening, casting and closing votes at the association's open meeting (T 2.4). A vote is put to the members of
 * the meeting's roll present when it opens, and to nobody else; its result is counted against them.
 */
@Service
@Transactional
public class VoteService {

    static final int MAX_QUESTION = 1000;

    private final Votes votes;
    private final Ballots ballots;
    private final VoteElectors electors;
    private final AttendanceService attendance;
    private final ProtocolService protocols;
    private final FollowUpService followUps;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VoteService(Votes votes, Ballots ballots, VoteElectors electors, AttendanceService attendance,
            ProtocolService protocols, FollowUpService followUps, ApplicationEventPublisher events, Clock clock) {
        this.followUps = followUps;
        this.votes = votes;
        this.ballots = ballots;
        this.electors = electors;
        this.attendance = attendance;
        this.protocols = protocols;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a vote on a typed question at the association's open meeting, which must be quorate. */
    public Vote open(Membership officer, String question, boolean secret) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            // A bare /vote_open offers the agenda instead: an empty question is a caller's mistake.
            throw new IllegalArgumentException("A vote needs a question");
        }
        if (text.length() > MAX_QUESTION) {
            text = text.substring(0, MAX_QUESTION);
        }
        return open(officer, openMeeting(officer), null, text, secret);
    }

    /** Opens a vote on an agenda item (0-based) of the open meeting. */
    public Vote openOnItem(Membership officer, long meetingId, int position, boolean secret) {
        Meeting meeting = openMeeting(officer);
        if (meeting.getId() != meetingId) {
            throw new VoteException(Reason.NO_OPEN_MEETING);
        }
        List<String> agenda = meeting.getAgenda();
        if (position < 0 || position >= agenda.size()) {
            throw new VoteException(Reason.NO_SUCH_ITEM);
        }
        return open(officer, meeting, position, agenda.get(position), secret);
    }

    /**
     * Records or changes a choice of a member of the vote's electorate. The vote row is locked first, so
     * concurrent ballots of one vote (double taps, two instances) run one after another and find each other's
     * ballot instead of inserting a second one; the unique index on ballots stays as the last guard.
     *
     * @return the member's choice before this press, or {@code null} if this is their first
     */
    public Choice cast(long voteId, Membership member, Choice choice) {
        Vote vote = votes.lock(voteId).orElseThrow(() -> new VoteException(Reason.NO_SUCH_VOTE));
        if (member == null || !member.isLive() || member.getAssociation().getId() != vote.getAssociationId()) {
            throw new VoteException(Reason.NOT_A_MEMBER);
        }
        if (member.getRole() == Role.GUEST) {
            throw new VoteException(Reason.GUEST);
        }
        vote.requireOpen();
        if (!electors.isElector(voteId, member.getId())) {
            throw new VoteException(Reason.NOT_PRESENT);
        }
        Ballot existing = ballots.find(voteId, member.getId()).orElse(null);
        Choice before = existing == null ? null : existing.getChoice();
        Ballot ballot = vote.cast(existing, member.getId(), choice, clock.instant());
        if (existing == null) {
            ballots.save(ballot);
        }
        ballots.flush();
        events.publishEvent(new BallotCast(voteId));
        return before;
    }

    /**
     * Closes the given vote, or the newest open one of the officer's association when {@code voteId} is null,
     * counting against its electorate. A secret vote forgets its ballots here.
     */
    public Vote close(Membership officer, Long voteId) {
        requireOfficer(officer);
        long associationId = officer.getAssociation().getId();
        long id = voteId != null ? voteId
                : votes.findByStatus(associationId, VoteStatus.OPEN).stream().findFirst()
                        .orElseThrow(() -> new VoteException(Reason.NO_OPEN_VOTE)).getId();
        Vote vote = votes.lock(id).filter(v -> v.getAssociationId() == associationId)
                .orElseThrow(() -> new VoteException(Reason.NO_SUCH_VOTE));
        if (vote.getStatus() != VoteStatus.OPEN) {
            throw new VoteException(Reason.NO_OPEN_VOTE);
        }
        return count(vote);
    }

    /**
     * Closing the meeting closes its open votes too, each against its own electorate, and then writes the
     * protocol's record, which lists them.
     */
    @EventListener
    void on(MeetingClosed event) {
        votes.findByMeeting(event.meetingId()).stream().filter(v -> v.getStatus() == VoteStatus.OPEN)
                .forEach(v -> count(votes.lock(v.getId()).orElseThrow()));
        protocols.draft(event.meetingId());
    }

    private Vote count(Vote vote) {
        vote.close(clock.instant());
        if (vote.isSecret()) {
            ballots.forget(vote.getId());
        }
        events.publishEvent(new VoteClosed(vote.getId()));
        return vote;
    }

    @Transactional(readOnly = true)
    public Optional<Vote> vote(long voteId) {
        return votes.findById(voteId);
    }

    @Transactional(readOnly = true)
    public List<Vote> votesOf(long meetingId) {
        return votes.findByMeeting(meetingId);
    }

    /** The member's current choice while the vote is open (also for a secret vote: it is their own ballot). */
    @Transactional(readOnly = true)
    public Optional<Choice> choiceOf(long voteId, long membershipId) {
        return ballots.find(voteId, membershipId).map(Ballot::getChoice);
    }

    /** The electorate's members who have not voted yet, in the order they got their ballots. */
    @Transactional(readOnly = true)
    public List<Long> nonVoters(long voteId) {
        Set<Long> voted = ballots.findByVote(voteId).stream().map(Ballot::getMembershipId).collect(Collectors.toSet());
        return electors.membershipIds(voteId).stream().filter(id -> !voted.contains(id)).toList();
    }

    /**
     * An officer reminds the electorate's members who have not voted, and only them, at most once per ten
     * minutes a vote. For a secret vote too: who has voted is known while it is open (the ballots are forgotten at
     * close); what each chose is never shown.
     */
    public FollowUpResult remindNonVoters(Membership officer, long voteId) {
        requireOfficer(officer);
        Vote vote = votes.lock(voteId).filter(v -> v.getAssociationId() == officer.getAssociation().getId())
                .orElseThrow(() -> new VoteException(Reason.NO_SUCH_VOTE));
        vote.requireOpen();
        return followUps.send(FollowUp.Kind.BALLOT, voteId, officer, nonVoters(voteId));
    }

    /** The vote's electorate: the members who got a ballot when it opened; guests never do. */
    @Transactional(readOnly = true)
    public Set<Long> voters(long voteId) {
        return new LinkedHashSet<>(electors.membershipIds(voteId));
    }

    private Vote open(Membership officer, Meeting meeting, Integer position, String question, boolean secret) {
        Quorum quorum = attendance.quorum(meeting.getId());
        if (!quorum.quorate()) {
            throw new VoteException(Reason.NO_QUORUM);
        }
        List<Long> present = attendance.presentOnRoll(meeting.getId());
        Vote vote = votes.save(new Vote(meeting.getId(), meeting.getAssociationId(), position, question, secret,
                present.size(), quorum.members(), officer.getId(), clock.instant()));
        present.forEach(id -> electors.save(new VoteElector(vote.getId(), id)));
        events.publishEvent(new VoteOpened(vote.getId()));
        return vote;
    }

    /** The association's meeting that is taking attendance now: votes happen only there. */
    @Transactional(readOnly = true)
    public Meeting openMeeting(Membership officer) {
        requireOfficer(officer);
        return attendance.today(officer.getAssociation().getId())
                .filter(m -> m.getStatus() == MeetingStatus.OPEN && m.isMeeting())
                .orElseThrow(() -> new VoteException(Reason.NO_OPEN_MEETING));
    }

    static void requireOfficer(Membership officer) {
        if (officer == null || !officer.isLive() || !officer.getRole().isOfficer()) {
            throw new VoteException(Reason.NOT_ALLOWED);
        }
    }
}
