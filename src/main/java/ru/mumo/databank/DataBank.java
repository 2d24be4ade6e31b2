package ru.mumo.databank;

import java.util.List;
import java.util.Map;

import ru.mumo.membership.Association;

/**
 * The data bank of one association as its chair or secretary may see it: one entry per member (guests are not
 * members) who accepted the current consent text, by name, and how many members were left out for want of it.
 */
public record DataBank(Association association, List<Map<ProfileField, Object>> entries, int withoutConsent) {
}
