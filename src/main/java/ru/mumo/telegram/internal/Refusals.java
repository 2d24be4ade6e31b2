package ru.mumo.telegram.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * How a capability answers when the domain's rules refuse what the person asked: the message key for each of its
 * refusals. The dispatcher asks every capability, so it names none of them.
 */
public interface Refusals {

    /** The key of the answer to {@code refusal}, or empty when it is not this capability's. */
    Optional<String> key(RuntimeException refusal);

    /** A refusal's reason as the last words of its key: {@code NOT_A_MEMBER} becomes {@code not.a.member}. */
    static String words(Enum<?> reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
