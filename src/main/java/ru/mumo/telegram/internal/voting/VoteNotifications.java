package ru.mumo.telegram.internal.voting;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.meetings.AttendanceChanged;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Membership;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.outbox.Outbox;
import ru.mumo.voting.BallotCast;
import ru.mumo.voting.Tally;
import ru.mumo.voting.Vote;
import ru.mumo.voting.VoteClosed;
import ru.mumo.voting.VoteOpened;
import ru.mumo.voting.VoteService;
import ru.mumo.voting.VoteStatus;

/**
 * Ballots to the members present, the opener's live "voted N of M" message, and the result to everyone. Listens
 * synchronously, inside the transaction of the change, so the messages are in the outbox exactly when it commits.
 */
@Component
class VoteNotifications {

    private final VoteService votes;
    private final MeetingService meetings;
    private final VoteTexts texts;
    private final Messages messages;
    private final Outbox outbox;
    private final BallotMessages ballots;
    private final VoteBoards boards;

    VoteNotifications(VoteService votes, MeetingService meetings, VoteTexts texts, Messages messages, Outbox outbox,
            BallotMessages ballots, VoteBoards boards) {
        this.votes = votes;
        this.meetings = meetings;
        this.texts = texts;
        this.messages = messages;
        this.outbox = outbox;
        this.ballots = ballots;
        this.boards = boards;
    }

    @EventListener
    void on(VoteOpened event) {
        Vote vote = vote(event.voteId());
        Meeting meeting = meetings.meeting(vote.getMeetingId()).orElseThrow();
        Map<Long, Membership> people = meetings.participants(meeting.getId());
        Set<Long> voters = votes.voters(vote.getId());
        // The opener first sees the vote open, then their own ballot.
        Membership opener = people.get(vote.getOpenedByMembershipId());
        if (opener != null) {
            long chat = opener.getPerson().getTelegramUserId();
            String text = texts.board(opener.getPerson().getLanguage(), vote, meeting.getNumber(), voters.size());
            VoteBoard board = boards.save(new VoteBoard(vote.getId(), chat, text));
            outbox.send(chat, text, null, board.refKey());
        }
        sendBallots(vote, meeting, people, voters);
    }

    /** Members who check in while a vote is open get their ballot then. */
    @EventListener
    void on(AttendanceChanged event) {
        List<Vote> open = votes.votesOf(event.meetingId()).stream().filter(v -> v.getStatus() == VoteStatus.OPEN)
                .toList();
        if (open.isEmpty()) {
            return;
        }
        Meeting meeting = meetings.meeting(event.meetingId()).orElseThrow();
        Map<Long, Membership> people = meetings.participants(meeting.getId());
        for (Vote vote : open) {
            Set<Long> voters = votes.voters(vote.getId());
            sendBallots(vote, meeting, people, voters);
            refreshBoard(vote, people, voters.size());
        }
    }

    @EventListener
    void on(BallotCast event) {
        Vote vote = vote(event.voteId());
        refreshBoard(vote, meetings.participants(vote.getMeetingId()), votes.voters(vote.getId()).size());
    }

    /** The result to every participant; ballots lose their buttons and say the vote is over. */
    @EventListener
    void on(VoteClosed event) {
        Vote vote = vote(event.voteId());
        int number = number(vote);
        Tally tally = vote.result();
        Map<Long, Membership> people = meetings.participants(vote.getMeetingId());
        for (Membership m : people.values()) {
            Language language = m.getPerson().getLanguage();
            long chat = m.getPerson().getTelegramUserId();
            String result = texts.result(language, tally);
            outbox.send(chat, messages.text(language, "vote.closed.notice", "number", number,
                    "question", vote.getQuestion(), "result", result, "present", tally.present(),
                    "members", tally.members()), null);
        }
        for (BallotMessage ballot : ballots.findByVote(vote.getId())) {
            Language language = language(people, ballot.chatId());
            outbox.editByRef(ballot.chatId(), ballot.refKey(), messages.text(language, "vote.ballot.closed",
                    "number", number, "question", vote.getQuestion()), null);
        }
        for (VoteBoard board : boards.findByVote(vote.getId())) {
            Language language = language(people, board.chatId());
            outbox.editByRef(board.chatId(), board.refKey(), messages.text(language, "vote.board.closed",
                    "number", number, "question", vote.getQuestion(), "result", texts.result(language, tally)), null);
        }
    }

    /** Sends a ballot to each voter who has none yet: one per member, whoever triggers it. */
    private void sendBallots(Vote vote, Meeting meeting, Map<Long, Membership> people, Set<Long> voters) {
        for (Long id : voters) {
            String ref = BallotMessage.refKey(vote.getId(), id);
            if (ballots.existsById(ref)) {
                continue;
            }
            Membership member = people.get(id);
            Language language = member.getPerson().getLanguage();
            long chat = member.getPerson().getTelegramUserId();
            ballots.save(new BallotMessage(vote.getId(), id, chat));
            outbox.send(chat, texts.ballot(language, vote, meeting.getNumber(), null),
                    BallotKeyboard.of(texts, language, vote.getId()), ref);
        }
    }

    private void refreshBoard(Vote vote, Map<Long, Membership> people, int voters) {
        for (VoteBoard board : boards.findByVote(vote.getId())) {
            String text = texts.board(language(people, board.chatId()), vote, number(vote), voters);
            if (board.show(text)) {
                outbox.editByRef(board.chatId(), board.refKey(), text, null);
            }
        }
    }

    private static Language language(Map<Long, Membership> people, long chatId) {
        return people.values().stream().filter(m -> m.getPerson().getTelegramUserId() == chatId)
                .map(m -> m.getPerson().getLanguage()).findFirst().orElse(Language.RU);
    }

    private int number(Vote vote) {
        return meetings.meeting(vote.getMeetingId()).orElseThrow().getNumber();
    }

    private Vote vote(long id) {
        return votes.vote(id).orElseThrow();
    }
}
