package ru.mumo.shared;

/**
 * A request the rules refuse, with nothing changed: the adapter explains it to the person politely. A refusal is
 * an answer, not a failure, so it never rolls back the transaction it passes through ({@link RefusalsCommit});
 * each module names its reasons in a subclass.
 */
public abstract class Refusal extends RuntimeException {

    protected Refusal(String reason) {
        super(reason, null, false, false);
    }

    /** The message key that explains the refusal, e.g. {@code refused.vote.no.quorum}. */
    public abstract String messageKey();

    /** The named arguments the explanation needs, as name/value pairs; none by default. */
    public Object[] arguments() {
        return new Object[0];
    }

    /** {@code NO_OPEN_MEETING} → {@code no.open.meeting}: the tail of a refusal's message key. */
    public static String keyOf(Enum<?> reason) {
        return reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }
}
