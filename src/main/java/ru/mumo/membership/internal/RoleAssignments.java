package ru.mumo.membership.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.membership.RoleAssignment;

public interface RoleAssignments extends JpaRepository<RoleAssignment, Long> {

    @Query("select r from RoleAssignment r where r.membershipId = ?1 and r.endedAt is null")
    List<RoleAssignment> findOpen(long membershipId);

    @Query("select r from RoleAssignment r where r.membershipId = ?1 order by r.assignedAt, r.id")
    List<RoleAssignment> findHistory(long membershipId);
}
