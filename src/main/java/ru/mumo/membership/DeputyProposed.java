package ru.mumo.membership;

/** The chair proposed a member as deputy; the department decides (T 2.1). */
public record DeputyProposed(long associationId, long proposalId) {
}
