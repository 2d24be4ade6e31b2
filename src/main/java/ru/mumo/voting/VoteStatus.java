package ru.mumo.voting;

/** A vote takes ballots while open; once closed its counts and outcome are final. */
public enum VoteStatus {
    OPEN, CLOSED
}
