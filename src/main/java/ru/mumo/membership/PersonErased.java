package ru.mumo.membership;

/**
 * A person withdrew consent and their name was replaced by {@code placeholder}; records that keep names (meeting
 * protocols) replace it too.
 */
public record PersonErased(long personId, String placeholder) {
}
