package ru.mumo.deadlines;

/** The answer to "mark this deadline done". */
public enum DoneResult {
    /** Marked; the deadline moved on to its next date. */
    DONE,
    /** That date was already met (or the deadline moved on meanwhile): nothing changed. */
    ALREADY,
    /** The caller is not an officer of the deadline's association. */
    NOT_ALLOWED,
    /** A protocol is met by marking it final, not by hand. */
    PROTOCOL_NOT_FINAL
}
