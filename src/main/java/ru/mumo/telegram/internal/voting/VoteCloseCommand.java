package ru.mumo.telegram.internal.voting;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;
import ru.mumo.voting.VoteService;

/** {@code /vote_close}: closes the newest open vote; the result goes to the meeting's participants. */
@Component
class VoteCloseCommand implements Command {

    private final VoteService votes;

    VoteCloseCommand(VoteService votes) {
        this.votes = votes;
    }

    @Override
    public String name() {
        return "vote_close";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void execute(Request request) {
        votes.close(request.caller().membership(), null);
    }
}
