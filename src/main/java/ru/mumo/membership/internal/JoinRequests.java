package ru.mumo.membership.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.membership.JoinRequest;

public interface JoinRequests extends JpaRepository<JoinRequest, Long> {

    @Query("select r from JoinRequest r where r.association.id = ?1 and r.pending = true order by r.requestedAt, r.id")
    List<JoinRequest> findPending(long associationId);

    @Query("select r from JoinRequest r where r.association.id = ?1 and r.person.id = ?2 and r.pending = true")
    Optional<JoinRequest> findPending(long associationId, long personId);

    @Query("select r from JoinRequest r where r.person.id = ?1 and r.pending = true")
    List<JoinRequest> findPendingByPerson(long personId);
}
