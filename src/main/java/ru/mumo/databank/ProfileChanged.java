package ru.mumo.databank;

/** A person changed one field of their data bank profile. */
public record ProfileChanged(long personId, ProfileField field) {
}
