package ru.mumo.telegram.internal.voting;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.PersonService;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.meetings.MeetingTexts;
import ru.mumo.telegram.internal.outbox.Outbox;
import ru.mumo.voting.BallotCast;
import ru.mumo.voting.Tally;
import ru.mumo.voting.Vote;
import ru.mumo.voting.VoteClosed;
import ru.mumo.voting.VoteOpened;
import ru.mumo.voting.VoteService;

/**
 * Ballots to the vote's electorate, the opener's live "voted N of M" message, and the result to everyone. Listens
 * synchronously, inside the transaction of the change, so the messages are in the outbox exactly when it commits.
 * The electorate is fixed when the vote opens, so a member checked in later gets no ballot.
 */
@Component
class VoteNotifications {

    private final VoteService votes;
    private final MeetingService meetings;
    private final PersonService people;
    private final VoteTexts texts;
    private final MeetingTexts meetingTexts;
    private final Messages messages;
    private final Outbox outbox;
    private final BallotMessages ballots;
    private final VoteBoards boards;

    VoteNotifications(VoteService votes, MeetingService meetings, PersonService people, VoteTexts texts,
            MeetingTexts meetingTexts, Messages messages, Outbox outbox, BallotMessages ballots, VoteBoards boards) {
        this.votes = votes;
        this.meetings = meetings;
        this.people = people;
        this.texts = texts;
        this.meetingTexts = meetingTexts;
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
        // The opener first sees the vote open, then their own ballot.
        Membership opener = people.get(vote.getOpenedByMembershipId());
        if (opener != null) {
            Language language = opener.getPerson().getLanguage();
            long chat = opener.getPerson().getTelegramUserId();
            String text = texts.board(language, vote, meetingTexts.label(language, meeting));
            VoteBoard board = boards.save(new VoteBoard(vote.getId(), chat, text));
            outbox.send(chat, text, null, board.refKey());
        }
        for (Long id : votes.voters(vote.getId())) {
            Membership member = people.get(id);
            if (member == null) {
                continue;
            }
            Language language = member.getPerson().getLanguage();
            long chat = member.getPerson().getTelegramUserId();
            String ref = BallotMessage.refKey(vote.getId(), id);
            ballots.save(new BallotMessage(vote.getId(), id, chat));
            outbox.send(chat, texts.ballot(language, vote, meetingTexts.label(language, meeting), null),
                    BallotKeyboard.of(texts, language, vote.getId()), ref);
        }
    }

    @EventListener
    void on(BallotCast event) {
        Vote vote = vote(event.voteId());
        Meeting meeting = meetings.meeting(vote.getMeetingId()).orElseThrow();
        for (VoteBoard board : boards.findByVote(vote.getId())) {
            Language language = language(board.chatId());
            String text = texts.board(language, vote, meetingTexts.label(language, meeting));
            if (board.show(text)) {
                outbox.editByRef(board.chatId(), board.refKey(), text, null);
            }
        }
    }

    /** The result to every participant; ballots lose their buttons and say the vote is over. */
    @EventListener
    void on(VoteClosed event) {
        Vote vote = vote(event.voteId());
        Meeting meeting = meetings.meeting(vote.getMeetingId()).orElseThrow();
        Tally tally = vote.result();
        for (Membership m : meetings.participants(vote.getMeetingId()).values()) {
            Language language = m.getPerson().getLanguage();
            outbox.send(m.getPerson().getTelegramUserId(), messages.text(language, "vote.closed.notice",
                    "meeting", meetingTexts.label(language, meeting), "question", vote.getQuestion(),
                    "result", texts.result(language, tally)), null);
        }
        for (BallotMessage ballot : ballots.findByVote(vote.getId())) {
            Language language = language(ballot.chatId());
            outbox.editByRef(ballot.chatId(), ballot.refKey(), messages.text(language, "vote.ballot.closed",
                    "meeting", meetingTexts.label(language, meeting), "question", vote.getQuestion()), null);
        }
        for (VoteBoard board : boards.findByVote(vote.getId())) {
            Language language = language(board.chatId());
            outbox.editByRef(board.chatId(), board.refKey(), messages.text(language, "vote.board.closed",
                    "meeting", meetingTexts.label(language, meeting), "question", vote.getQuestion(),
                    "result", texts.result(language, tally)), null);
        }
    }

    private Language language(long chatId) {
        return people.findPerson(chatId).map(p -> p.getLanguage()).orElse(Language.RU);
    }

    private Vote vote(long id) {
        return votes.vote(id).orElseThrow();
    }
}
