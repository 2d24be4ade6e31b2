package ru.mumo.membership;

/** The chair (or the deputy standing in) approved or declined a request to join. */
public record JoinDecided(long associationId, long requestId, long personId, boolean approved) {
}
