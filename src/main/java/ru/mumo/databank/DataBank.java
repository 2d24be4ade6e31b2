package ru.mumo.databank;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import ru.mumo.membership.Association;

/**
 * The data bank of one association as its chair or secretary may see it: one entry per member (guests are not
 * members) who accepted the current consent text, by name, and how many members were left out for want of it.
 */
public record DataBank(Association association, List<Entry> entries, int withoutConsent) {

    /** A member's fields, and when their signed consent (S 3.6) was marked received, or {@code null}. */
    public record Entry(Map<ProfileField, Object> values, Instant writtenConsentAt) {
    }
}
