package ru.mumo.membership;

/** A membership ended: the person left, the chair removed them, or they withdrew consent (/forget). */
public record MemberLeft(long associationId, long membershipId, long personId, Role role, Why why) {

    public enum Why { LEFT, REMOVED, ERASED }
}
