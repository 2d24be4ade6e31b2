package ru.mumo.voting;

/** A vote was opened: every present member is to get a ballot, the officer a live count. */
public record VoteOpened(long voteId) {
}
