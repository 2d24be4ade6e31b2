package ru.mumo.telegram.internal.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutboxMessages extends JpaRepository<OutboxMessage, Long> {

    /**
     * Rows that are due, taking for each chat only its oldest pending row, so that a chat's messages are sent
     * in the order they were decided even while one of them waits for a retry.
     */
    @Query(value = """
            select o.* from outbox_message o
            where o.status = 'PENDING' and o.next_attempt_at <= ?1
              and (o.chat_id is null or not exists (
                    select 1 from outbox_message p
                    where p.chat_id = o.chat_id and p.status = 'PENDING' and p.id < o.id))
            order by o.id
            fetch first ?2 rows only""", nativeQuery = true)
    List<OutboxMessage> findDue(Instant now, int limit);

    @Query("select o from OutboxMessage o where o.refKey = ?1 and o.status = 'SENT' order by o.id desc limit 1")
    Optional<OutboxMessage> findSentByRef(String refKey);

    @Query("select count(o) from OutboxMessage o where o.status = 'PENDING'")
    long countPending();

    @Modifying
    @Query("update OutboxMessage o set o.status = 'FAILED', o.lastError = ?2 where o.chatId = ?1 and o.status = 'PENDING'")
    int failPendingForChat(long chatId, String error);

    /** Rows whose payload contains {@code fragment} (as it appears in the JSON), to wipe an erased person's data. */
    @Query("select o from OutboxMessage o where o.payload like concat('%', ?1, '%')")
    List<OutboxMessage> findByPayloadContaining(String fragment);
}
