package ru.mumo.telegram.internal;

import java.util.List;
import java.util.Optional;

import ru.mumo.membership.Membership;
import ru.mumo.membership.Person;
import ru.mumo.shared.Language;

/**
 * Who sent an update: their Telegram id, the language to answer in, and, once registered, the person, the
 * membership their commands act on and every membership they hold.
 */
public record Caller(long telegramUserId, Language language, Person person, Membership membership,
        List<Membership> memberships, boolean official) {

    public boolean registered() {
        return person != null;
    }

    /**
     * The caller's membership in that association, whichever one their commands act on: a button acts in the
     * association of what it names (a meeting, a vote, a deadline). Empty for strangers to it.
     */
    public Optional<Membership> membershipIn(long associationId) {
        return memberships.stream().filter(m -> m.getAssociation().getId() == associationId).findFirst();
    }

    /** The same caller with their commands acting in that association (none if they are no member of it). */
    Caller actingIn(long associationId) {
        return new Caller(telegramUserId, language, person, membershipIn(associationId).orElse(null), memberships,
                official);
    }
}
