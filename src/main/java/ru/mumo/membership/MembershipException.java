package ru.mumo.membership;

import ru.mumo.shared.Refusal;

/**
 * A request the rules refuse. {@link #reason()} names the refusal so the adapter can explain it in the
 * person's language; nothing has been changed when this is thrown.
 */
public class MembershipException extends Refusal {

    public enum Reason {
        INVITE_UNKNOWN, INVITE_USED, INVITE_EXPIRED, INVITE_REVOKED, ALREADY_MEMBER, NOT_A_MEMBER, NOT_ALLOWED,
        ROLE_NOT_ASSIGNABLE, CHAIR_CANNOT_BE_REMOVED, REQUEST_PENDING, ALREADY_DECIDED, NO_DEPUTY
    }

    private final Reason reason;

    public MembershipException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return "refused." + keyOf(reason);
    }

    static MembershipException of(InviteStatus status) {
        return new MembershipException(switch (status) {
            case USED -> Reason.INVITE_USED;
            case EXPIRED -> Reason.INVITE_EXPIRED;
            case REVOKED -> Reason.INVITE_REVOKED;
            default -> Reason.INVITE_UNKNOWN;
        });
    }
}
