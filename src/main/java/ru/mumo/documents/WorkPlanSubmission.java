package ru.mumo.documents;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The chair handed in the work plan of an academic year; one per association and year. */
@Entity
public class WorkPlanSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long associationId;

    private int academicYear;

    private Instant submittedAt;

    private long submittedByMembershipId;

    protected WorkPlanSubmission() {
    }

    WorkPlanSubmission(long associationId, int academicYear, Instant submittedAt, long submittedByMembershipId) {
        this.associationId = associationId;
        this.academicYear = academicYear;
        this.submittedAt = submittedAt;
        this.submittedByMembershipId = submittedByMembershipId;
    }

    public int getAcademicYear() {
        return academicYear;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
