package ru.mumo.deadlines.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DeadlineNudges extends JpaRepository<DeadlineNudge, Long> {

    @Query("select count(n) > 0 from DeadlineNudge n where n.deadlineId = ?1 and n.nudgeDate = ?2")
    boolean sent(long deadlineId, LocalDate nudgeDate);

    @Query("select n from DeadlineNudge n where n.deadlineId = ?1 order by n.nudgeDate")
    List<DeadlineNudge> findByDeadline(long deadlineId);
}
