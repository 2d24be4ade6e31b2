package ru.mumo.telegram.internal.voting;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.meetings.FollowUpTexts;
import ru.mumo.voting.Vote;
import ru.mumo.voting.VoteService;

/**
 * "🔔 Remind those who have not voted" under the vote's board ({@code fupv:<vote>}): a reminder with the ballot goes
 * to the electorate's members who have not voted, never to those who have, at most once per ten minutes a vote.
 * Acts in the vote's association.
 */
@Component
class FollowUpVoteButtons implements ButtonHandler {

    static final String PREFIX = "fupv";

    private final VoteService votes;
    private final VoteAccess access;
    private final MeetingService meetings;
    private final FollowUpTexts texts;

    FollowUpVoteButtons(VoteService votes, VoteAccess access, MeetingService meetings, FollowUpTexts texts) {
        this.votes = votes;
        this.access = access;
        this.meetings = meetings;
        this.texts = texts;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.REGISTERED;
    }

    @Override
    public void press(Request request, ButtonData data) {
        Vote vote = access.vote(data.id(0));
        Membership officer = access.membershipFor(request.caller(), vote);
        texts.answer(request, votes.remindNonVoters(officer, vote.getId()), "followup.ballot.nobody",
                meetings.meeting(vote.getMeetingId()).orElseThrow().getTimeZone());
    }
}
