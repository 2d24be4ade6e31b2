package ru.mumo.telegram.internal.membership;

import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.mumo.membership.MembershipException;
import ru.mumo.telegram.internal.Refusals;

/** The answers to the membership rules' refusals: {@code refused.<reason>}. */
@Component
class MembershipRefusals implements Refusals {

    @Override
    public Optional<String> key(RuntimeException refusal) {
        return refusal instanceof MembershipException e ? Optional.of(key(e)) : Optional.empty();
    }

    static String key(MembershipException refusal) {
        return "refused." + Refusals.words(refusal.reason());
    }
}
