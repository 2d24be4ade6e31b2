package ru.mumo.telegram.internal;

import java.util.List;
import java.util.Optional;

import ru.mumo.membership.Membership;
import ru.mumo.membership.Person;
import ru.mumo.shared.Language;

/**
 * Who sent an update: their Telegram id, the language to answer in, and, once registered, the person, the
 * membership their commands act on and every membership they hold; whether that membership acts as the head of its
 * association (the chair, or the deputy standing in for an absent chair, T 2.5), and the word its regulation calls
 * the head by ({@code chair} or {@code head}), which answers use for titles.
 */
public record Caller(long telegramUserId, Language language, Person person, Membership membership,
        List<Membership> memberships, boolean official, boolean actsAsChair, String title) {

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
}
