package ru.mumo.telegram.internal.voting;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.voting.Vote;
import ru.mumo.voting.VoteService;

/** An agenda item picked after {@code /vote_open} ({@code vopen:<meeting>:<item>:<S|O>}): opens the vote on it. */
@Component
class VoteOpenButtons implements ButtonHandler {

    static final String PREFIX = "vopen";

    private final VoteService votes;

    VoteOpenButtons(VoteService votes) {
        this.votes = votes;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void press(Request request, ButtonData data) {
        long meetingId = data.id(0);
        int item = data.position(1);
        boolean secret = data.is(2, "S");
        Vote vote = votes.openOnItem(request.caller().membership(), meetingId, item, secret);
        request.editOrigin(request.text("vote.open.picked", "question", vote.getQuestion()), null);
        request.answer("vote.open.picked.short");
    }
}
