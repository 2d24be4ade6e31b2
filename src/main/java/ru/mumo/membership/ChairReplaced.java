package ru.mumo.membership;

/** A new chair joined by the department's link; the outgoing chair stays on as a member and is told. */
public record ChairReplaced(long associationId, long outgoingMembershipId, long incomingMembershipId) {
}
