package ru.mumo.telegram.internal.voting;

import org.springframework.stereotype.Component;

import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
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
    private final MembershipService membership;

    VoteAccess(VoteService votes, MembershipService membership) {
        this.votes = votes;
        this.membership = membership;
    }

    Vote vote(String id) {
        try {
            return votes.vote(Long.parseLong(id)).orElseThrow(() -> new VoteException(Reason.NO_SUCH_VOTE));
        } catch (NumberFormatException e) {
            throw new VoteException(Reason.NO_SUCH_VOTE);
        }
    }

    /** The caller's membership in the vote's association; refuses strangers and members of other associations. */
    Membership membershipFor(Caller caller, Vote vote) {
        if (caller.person() == null) {
            throw new VoteException(Reason.NOT_A_MEMBER);
        }
        return membership.membershipsOf(caller.person()).stream()
                .filter(m -> m.getAssociation().getId() == vote.getAssociationId())
                .findFirst()
                .orElseThrow(() -> new VoteException(Reason.NOT_A_MEMBER));
    }
}
