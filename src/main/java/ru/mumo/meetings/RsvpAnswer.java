package ru.mumo.meetings;

/** A member's answer to the announcement. */
public enum RsvpAnswer {
    COMING, NOT_COMING
}
