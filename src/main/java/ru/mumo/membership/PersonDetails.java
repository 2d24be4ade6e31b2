package ru.mumo.membership;

/** What a person tells about themselves when they register. */
public record PersonDetails(String fullName, String workPlace, String position) {
}
