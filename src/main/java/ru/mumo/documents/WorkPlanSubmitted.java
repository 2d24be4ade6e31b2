package ru.mumo.documents;

/** The chair submitted the work plan of the academic year starting in {@code academicYear}. */
public record WorkPlanSubmitted(long associationId, int academicYear) {
}
