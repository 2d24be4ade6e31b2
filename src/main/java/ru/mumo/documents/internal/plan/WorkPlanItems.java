package ru.mumo.documents.internal.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.documents.WorkPlanItem;

public interface WorkPlanItems extends JpaRepository<WorkPlanItem, Long> {

    @Query("select i from WorkPlanItem i where i.associationId = ?1 and i.academicYear = ?2 order by i.section, i.id")
    List<WorkPlanItem> findPlan(long associationId, int academicYear);

    @Query("select i from WorkPlanItem i where i.eventId = ?1")
    List<WorkPlanItem> findByEvent(long eventId);
}
