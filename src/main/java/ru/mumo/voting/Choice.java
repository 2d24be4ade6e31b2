package ru.mumo.voting;

/** A member's answer on a ballot: за, против, воздержался. */
public enum Choice {
    FOR, AGAINST, ABSTAIN
}
