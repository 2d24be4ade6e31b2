package ru.mumo.telegram.internal.membership;

import org.springframework.stereotype.Component;

import ru.mumo.membership.MembershipException;
import ru.mumo.telegram.internal.Refusals;

/** The answers to the membership rules' refusals: {@code refused.<reason>}. */
@Component
class MembershipRefusals extends Refusals<MembershipException> {

    MembershipRefusals() {
        super(MembershipException.class, MembershipException::reason, "refused.");
    }
}
