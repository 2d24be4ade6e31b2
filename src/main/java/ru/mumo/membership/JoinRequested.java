package ru.mumo.membership;

/** A teacher asks to join an association whose chair approves each new member (T 2.2). */
public record JoinRequested(long associationId, long requestId, long personId) {
}
