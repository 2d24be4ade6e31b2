package ru.mumo.telegram.internal.voting;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Refusals;
import ru.mumo.voting.VoteException;

/** The answers to the voting rules' refusals: {@code refused.vote.<reason>}. */
@Component
class VoteRefusals extends Refusals<VoteException> {

    VoteRefusals() {
        super(VoteException.class, VoteException::reason, "refused.vote.");
    }
}
