package ru.mumo.voting;

/** A vote was closed: its result is to be announced and the ballots retired. */
public record VoteClosed(long voteId) {
}
