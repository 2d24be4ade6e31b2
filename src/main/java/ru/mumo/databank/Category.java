package ru.mumo.databank;

/** Qualification category of a teacher: none, first or highest. */
public enum Category {
    NONE, FIRST, HIGHEST
}
