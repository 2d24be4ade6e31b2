package ru.mumo.membership;

/**
 * An association follows another regulation: chosen or changed by an official, or ({@code assumed}) given as a
 * default to an association created before regulations were chosen, which its official is asked to confirm.
 * {@code previous} is {@code null} for an association that had none.
 */
public record RegulationChanged(long associationId, String previous, String current, boolean assumed) {
}
