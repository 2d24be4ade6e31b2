package ru.mumo.telegram.internal.voting;

import org.springframework.stereotype.Component;

import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.Caller;
import ru.mumo.voting.Vote;
import ru.mumo.voting.VoteException;
import ru.mumo.voting.VoteException.Reason;
import ru.mumo.voting.VoteService;

/**
 * Resolves a button's vote and the caller's membership in that vote's association, whichever association they
 * chose to act in: a ballot belongs to the association of its vote.
 */
@Component
class VoteAccess {

    private final VoteService votes;

    VoteAccess(VoteService votes) {
        this.votes = votes;
    }

    Vote vote(long id) {
        return votes.vote(id).orElseThrow(() -> new VoteException(Reason.NO_SUCH_VOTE));
    }

    /** The caller's membership in the vote's association; refuses strangers and members of other associations. */
    Membership membershipFor(Caller caller, Vote vote) {
        return caller.membershipIn(vote.getAssociationId()).orElseThrow(() -> new VoteException(Reason.NOT_A_MEMBER));
    }
}
