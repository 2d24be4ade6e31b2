package ru.mumo.documents.internal.plan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.documents.WorkPlanSubmission;

public interface WorkPlanSubmissions extends JpaRepository<WorkPlanSubmission, Long> {

    @Query("select s from WorkPlanSubmission s where s.associationId = ?1 and s.academicYear = ?2")
    Optional<WorkPlanSubmission> find(long associationId, int academicYear);
}
