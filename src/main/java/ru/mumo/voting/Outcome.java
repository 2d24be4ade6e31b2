package ru.mumo.voting;

/** What a closed vote gave: a decision taken, a motion rejected, or no decision because quorum was lost. */
public enum Outcome {
    PASSED, FAILED, NO_QUORUM
}
