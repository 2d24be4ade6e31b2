package ru.mumo.telegram.internal.outbox;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutboxMessages extends JpaRepository<OutboxMessage, Long> {

    @Query("select o from OutboxMessage o where o.refKey = ?1 and o.status = 'SENT' order by o.id desc limit 1")
    Optional<OutboxMessage> findSentByRef(String refKey);

    @Query("select count(o) from OutboxMessage o where o.status = 'PENDING'")
    long countPending();
}
