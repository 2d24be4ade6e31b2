package ru.mumo.membership;

import java.time.Instant;

/** Consent to the processing of personal data: which text version was accepted, and when. */
public record Consent(String version, Instant acceptedAt) {
}
