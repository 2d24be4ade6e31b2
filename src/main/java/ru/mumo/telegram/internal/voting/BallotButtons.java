package ru.mumo.telegram.internal.voting;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.meetings.MeetingTexts;
import ru.mumo.voting.Choice;
import ru.mumo.voting.Vote;
import ru.mumo.voting.VoteService;

/**
 * A press on a ballot ({@code ballot:<vote>:<F|A|X>}): records or changes the member's choice, confirms the press
 * with the choice and, in an open vote, shows the current choice on the ballot. Open to everyone, so that
 * strangers and members of other associations hear why their press does not count.
 */
@Component
class BallotButtons implements ButtonHandler {

    static final String PREFIX = "ballot";

    private final VoteService votes;
    private final MeetingService meetings;
    private final VoteAccess access;
    private final VoteTexts texts;
    private final MeetingTexts meetingTexts;

    BallotButtons(VoteService votes, MeetingService meetings, VoteAccess access, VoteTexts texts,
            MeetingTexts meetingTexts) {
        this.votes = votes;
        this.meetings = meetings;
        this.access = access;
        this.texts = texts;
        this.meetingTexts = meetingTexts;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.EVERYONE;
    }

    @Override
    public void press(Request request, ButtonData data) {
        Choice choice = data.size() == 2 ? BallotKeyboard.choice(data.word(1)) : null;
        if (choice == null) {
            request.answer("button.inactive");
            return;
        }
        Vote vote = access.vote(data.id(0));
        Membership member = access.membershipFor(request.caller(), vote);
        Choice before = votes.cast(vote.getId(), member, choice);
        if (vote.isSecret()) {
            // The choice shows only in the press's confirmation, which is stored without the chat and emptied once
            // sent; the ballot itself just says the vote counted, so nothing stored links this member to a choice.
            if (before == null) {
                request.editOrigin(texts.secretBallotCast(request.language(), vote, label(request, vote)),
                        BallotKeyboard.of(texts, request.language(), vote.getId()));
            }
        } else if (choice != before) {
            // A second tap on the same choice changes nothing, and Telegram refuses an edit to the same text.
            request.editOrigin(texts.ballot(request.language(), vote, label(request, vote), choice),
                    BallotKeyboard.of(texts, request.language(), vote.getId()));
        }
        request.answer("vote.cast.done", "choice", texts.choice(request.language(), choice));
    }

    private String label(Request request, Vote vote) {
        return meetingTexts.label(request.language(), meetings.meeting(vote.getMeetingId()).orElseThrow());
    }
}
