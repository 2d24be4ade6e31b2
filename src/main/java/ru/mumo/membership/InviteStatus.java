package ru.mumo.membership;

/** Whether an invite code can still be used, and if not, why. */
public enum InviteStatus {
    VALID, UNKNOWN, USED, EXPIRED, REVOKED
}
