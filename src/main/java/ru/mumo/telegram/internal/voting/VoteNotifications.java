package ru.mumo.telegram.internal.voting;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.meetings.FollowUp;
import ru.mumo.meetings.FollowUpSent;
import ru.mumo.meetings.FollowUpService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.PersonService;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.meetings.FollowUpTexts;
import ru.mumo.telegram.internal.meetings.MeetingTexts;
import ru.mumo.telegram.internal.outbox.Keyboard;
import ru.mumo.telegram.internal.outbox.Outbox;
import ru.mumo.voting.BallotCast;
import ru.mumo.voting.Tally;
import ru.mumo.voting.Vote;
import ru.mumo.voting.VoteClosed;
import ru.mumo.voting.VoteOpened;
import ru.mumo.voting.VoteService;

/**
 * Ballots to the vote's electorate, the opener's live "voted N of M" message with who has not voted yet (by name
 * in an open vote, by number only in a secret one) and the button reminding exactly them, the reminders, and the
 * result to everyone. Listens
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
    private final FollowUpTexts followUps;
    private final FollowUpService followUpService;

    VoteNotifications(VoteService votes, MeetingService meetings, PersonService people, VoteTexts texts,
            MeetingTexts meetingTexts, Messages messages, Outbox outbox, BallotMessages ballots, VoteBoards boards,
            FollowUpTexts followUps, FollowUpService followUpService) {
        this.followUps = followUps;
        this.followUpService = followUpService;
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
            String text = boardText(language, vote, meeting, people);
            VoteBoard board = boards.save(new VoteBoard(vote.getId(), chat, text));
            outbox.send(chat, text, boardKeyboard(language, vote), board.refKey());
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
        refreshBoards(vote(event.voteId()));
    }

    /** A reminder to each elector who has not voted, naming who asked, with the ballot again. */
    @EventListener
    void on(FollowUpSent event) {
        if (event.kind() != FollowUp.Kind.BALLOT) {
            return;
        }
        Vote vote = vote(event.subjectId());
        Meeting meeting = meetings.meeting(vote.getMeetingId()).orElseThrow();
        Map<Long, Membership> people = meetings.participants(meeting.getId());
        for (Long id : event.recipients()) {
            Membership member = people.get(id);
            if (member == null) {
                continue;
            }
            Language language = member.getPerson().getLanguage();
            String label = meetingTexts.label(language, meeting);
            outbox.send(member.getPerson().getTelegramUserId(), messages.text(language, "followup.ballot",
                    "asker", followUps.asker(language, event.askedByMembershipId()))
                    + "\n\n" + texts.ballot(language, vote, label, null),
                    BallotKeyboard.of(texts, language, vote.getId()), BallotMessage.refKey(vote.getId(), id));
        }
        refreshBoards(vote);
    }

    private void refreshBoards(Vote vote) {
        Meeting meeting = meetings.meeting(vote.getMeetingId()).orElseThrow();
        Map<Long, Membership> people = meetings.participants(meeting.getId());
        for (VoteBoard board : boards.findByVote(vote.getId())) {
            Language language = language(board.chatId());
            String text = boardText(language, vote, meeting, people);
            if (board.show(text)) {
                outbox.editByRef(board.chatId(), board.refKey(), text, boardKeyboard(language, vote));
            }
        }
    }

    /**
     * "Voted 5 of 7", and who has not: by name in an open vote, the number alone in a secret one, so that the
     * board never tells the opener who is still deciding how; and when the last reminder went, by whom.
     */
    private String boardText(Language language, Vote vote, Meeting meeting, Map<Long, Membership> people) {
        String text = texts.board(language, vote, meetingTexts.label(language, meeting));
        List<Long> missing = votes.nonVoters(vote.getId());
        if (!missing.isEmpty()) {
            text += "\n\n" + messages.text(language, "vote.board.missing", "count", missing.size(),
                    "secret", vote.isSecret() ? "yes" : "no");
            if (!vote.isSecret()) {
                text += FollowUpTexts.names(missing.stream().map(people::get).filter(Objects::nonNull).toList());
            }
        }
        return text + followUps.lastLine(language, followUpService.last(FollowUp.Kind.BALLOT, vote.getId()),
                meeting.getTimeZone());
    }

    private Keyboard boardKeyboard(Language language, Vote vote) {
        int missing = votes.nonVoters(vote.getId()).size();
        return missing == 0 ? null : Keyboard.of(followUps.button(language, "followup.ballot.button", missing,
                FollowUpVoteButtons.PREFIX, vote.getId()));
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
