package ru.mumo.databank;

/**
 * A person changed one field of their data bank profile; {@code replaced} is the text of the value it had when that
 * text identified them (a former name, school or award; see {@link ProfileFormat}), so that copies of it can go,
 * else {@code null}.
 */
public record ProfileChanged(long personId, ProfileField field, String replaced) {
}
