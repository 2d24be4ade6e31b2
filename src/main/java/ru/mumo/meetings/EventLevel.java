package ru.mumo.meetings;

/**
 * The level of an event, as the data bank records taking part in methodological events (S Appendix 3): an
 * association's own events are municipal unless held with the region or at federal level.
 */
public enum EventLevel {
    MUNICIPAL, REGIONAL, FEDERAL
}
