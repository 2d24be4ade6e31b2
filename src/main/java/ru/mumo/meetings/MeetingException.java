package ru.mumo.meetings;

import ru.mumo.shared.Refusal;

/**
 * A request about a meeting that the rules refuse. {@link #reason()} names the refusal so the adapter can explain
 * it in the person's language; nothing has been changed when this is thrown.
 */
public class MeetingException extends Refusal {

    public enum Reason {
        NOT_ALLOWED, NOT_A_MEMBER, NO_SUCH_MEETING, START_IN_PAST, NOT_UPCOMING, NO_MEETING_TODAY, CHECK_IN_CLOSED,
        MEETING_CLOSED, NOT_OPEN, BAD_OFFSETS, TOO_FEW_MEMBERS, NO_OPEN_EVENT, NO_SUCH_MATERIAL, NO_SUCH_ITEM,
        TOO_MANY_MATERIALS
    }

    private final Reason reason;
    private final Object[] arguments;

    public MeetingException(Reason reason) {
        this(reason, new Object[0]);
    }

    /** A refusal whose explanation names figures, as name/value pairs. */
    public MeetingException(Reason reason, Object... arguments) {
        super(reason.name());
        this.reason = reason;
        this.arguments = arguments;
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return "refused.meeting." + keyOf(reason);
    }
}
