package ru.mumo.telegram.internal.voting;

import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Refusals;
import ru.mumo.voting.VoteException;

/** The answers to the voting rules' refusals: {@code refused.vote.<reason>}. */
@Component
class VoteRefusals implements Refusals {

    @Override
    public Optional<String> key(RuntimeException refusal) {
        return refusal instanceof VoteException e
                ? Optional.of("refused.vote." + Refusals.words(e.reason())) : Optional.empty();
    }
}
