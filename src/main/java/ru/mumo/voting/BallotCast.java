package ru.mumo.voting;

/** A ballot was cast or changed: the officer's live count is to be refreshed. */
public record BallotCast(long voteId) {
}
