package ru.mumo.telegram.internal.outbox;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutboxMessages extends JpaRepository<OutboxMessage, Long> {

    @Query("select o from OutboxMessage o where o.refKey = ?1 and o.status = 'SENT' order by o.id desc limit 1")
    Optional<OutboxMessage> findSentByRef(String refKey);

    /**
     * Changes a row's payload only while no sender has claimed it: a claim takes the row's lock first, so this
     * waits for a claim in progress and then finds the row claimed.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "update outbox_message set payload = ?2 where id = ?1 and status = 'PENDING' and claimed_by is null",
            nativeQuery = true)
    int replacePayload(long id, String payload);

    @Query("select o from OutboxMessage o where o.refKey = ?1 order by o.id desc limit 1")
    Optional<OutboxMessage> findLatestByRef(String refKey);

    @Query("select count(o) from OutboxMessage o where o.status = 'PENDING'")
    long countPending();
}
