package ru.mumo.membership;

/** A person joined an association through an invite. */
public record MemberJoined(long associationId, long membershipId, long personId, Role role) {
}
