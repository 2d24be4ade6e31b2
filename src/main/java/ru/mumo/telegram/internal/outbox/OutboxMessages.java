package ru.mumo.telegram.internal.outbox;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutboxMessages extends JpaRepository<OutboxMessage, Long> {

    @Query("select o from OutboxMessage o where o.refKey = ?1 and o.status = 'SENT' order by o.id desc limit 1")
    Optional<OutboxMessage> findSentByRef(String refKey);

    @Query("select count(o) from OutboxMessage o where o.status = 'PENDING'")
    long countPending();

    /** Rows whose payload contains {@code fragment} (as it appears in the JSON), to wipe an erased person's data. */
    @Query("select o from OutboxMessage o where o.payload like concat('%', ?1, '%')")
    List<OutboxMessage> findByPayloadContaining(String fragment);
}
