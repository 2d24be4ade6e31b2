package ru.mumo.documents;

/**
 * The chair (or the deputy standing in, {@code byMembershipId}) submitted the work plan of the academic year starting
 * in {@code academicYear}; {@code first} unless it is a corrected plan submitted again.
 */
public record WorkPlanSubmitted(long associationId, int academicYear, long byMembershipId, boolean first) {
}
