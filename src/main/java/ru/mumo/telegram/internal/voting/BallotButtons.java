package ru.mumo.telegram.internal.voting;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.voting.Choice;
import ru.mumo.voting.Vote;
import ru.mumo.voting.VoteService;

/**
 * A press on a ballot ({@code ballot:<vote>:<F|A|X>}): records or changes the member's choice, confirms the press
 * with the choice and, in an open vote, shows the current choice on the ballot. Open to everyone, so that strangers and members of other
 * associations hear why their press does not count.
 */
@Component
class BallotButtons implements ButtonHandler {

    static final String PREFIX = "ballot";

    private final VoteService votes;
    private final MeetingService meetings;
    private final VoteAccess access;
    private final VoteTexts texts;

    BallotButtons(VoteService votes, MeetingService meetings, VoteAccess access, VoteTexts texts) {
        this.votes = votes;
        this.meetings = meetings;
        this.access = access;
        this.texts = texts;
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
        Choice before = votes.choiceOf(vote.getId(), member.getId()).orElse(null);
        votes.cast(vote.getId(), member, choice);
        if (vote.isSecret()) {
            // The choice shows only in the press's confirmation, which the database keeps without the chat; the
            // ballot itself just says the vote counted, so no stored message links this member to a secret choice.
            if (before == null) {
                request.editOrigin(texts.secretBallotCast(request.language(), vote, number(vote)),
                        BallotKeyboard.of(texts, request.language(), vote.getId()));
            }
        } else if (choice != before) {
            // A second tap on the same choice changes nothing, and Telegram refuses an edit to the same text.
            request.editOrigin(texts.ballot(request.language(), vote, number(vote), choice),
                    BallotKeyboard.of(texts, request.language(), vote.getId()));
        }
        request.answer("vote.cast.done", "choice", texts.choice(request.language(), choice));
    }

    private int number(Vote vote) {
        return meetings.meeting(vote.getMeetingId()).orElseThrow().getNumber();
    }
}
