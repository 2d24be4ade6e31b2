package ru.mumo.telegram.internal;

import ru.mumo.membership.Membership;
import ru.mumo.membership.Person;
import ru.mumo.shared.Language;

/**
 * Who sent an update: their Telegram id, the language to answer in, and, once registered, the person and the
 * membership their commands act on.
 */
public record Caller(long telegramUserId, Language language, Person person, Membership membership,
        boolean official) {

    public boolean registered() {
        return person != null;
    }
}
