package ru.mumo.meetings.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.meetings.FollowUp;

public interface FollowUps extends JpaRepository<FollowUp, Long> {

    @Query("select f from FollowUp f where f.kind = ?1 and f.subjectId = ?2 order by f.askedAt desc, f.id desc limit 1")
    Optional<FollowUp> findLast(FollowUp.Kind kind, long subjectId);
}
