package ru.mumo.membership;

/** An official confirmed or declined the chair's proposal of a deputy (T 2.1). */
public record DeputyDecided(long associationId, long proposalId, boolean confirmed) {
}
