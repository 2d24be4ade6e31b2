package ru.mumo.voting;

import ru.mumo.shared.Refusal;

/**
 * A voting request that the rules refuse; {@link #reason()} names the refusal for the adapter to explain. Nothing
 * has been changed when this is thrown.
 */
public class VoteException extends Refusal {

    public enum Reason {
        NOT_ALLOWED, NOT_A_MEMBER, GUEST, NOT_PRESENT, NO_OPEN_MEETING, NO_QUORUM, NO_SUCH_ITEM, NO_SUCH_VOTE,
        VOTE_CLOSED, NO_OPEN_VOTE, NO_HELD_MEETING, NOT_QUORATE, PROTOCOL_FINAL, MEETING_NOT_CLOSED
    }

    private final Reason reason;

    public VoteException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return "refused.vote." + keyOf(reason);
    }
}
