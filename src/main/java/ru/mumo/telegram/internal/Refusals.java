package ru.mumo.telegram.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a capability answers when its domain's rules refuse what the person asked: the message key for each reason
 * of the domain's exception, {@code prefix} followed by the reason's words ({@code NOT_A_MEMBER} gives
 * {@code not.a.member}). The dispatcher asks every capability's, so it names none of them.
 */
public abstract class Refusals<E extends RuntimeException> {

    private final Class<E> type;
    private final Function<E, Enum<?>> reason;
    private final String prefix;

    protected Refusals(Class<E> type, Function<E, Enum<?>> reason, String prefix) {
        this.type = type;
        this.reason = reason;
        this.prefix = prefix;
    }

    /** The key of the answer to {@code refusal}, or empty when it is not this capability's. */
    public Optional<String> keyOf(RuntimeException refusal) {
        return type.isInstance(refusal) ? Optional.of(key(type.cast(refusal))) : Optional.empty();
    }

    public String key(E refusal) {
        return prefix + words(reason.apply(refusal));
    }

    /** A reason as the last words of a message key. */
    public static String words(Enum<?> reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
