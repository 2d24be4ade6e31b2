package ru.mumo.telegram.internal.announcements;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Announcements extends JpaRepository<Announcement, Long> {

    /** Locked until commit: deliveries reported by two instances at once update the report one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Announcement a where a.id = ?1")
    Optional<Announcement> lock(long id);

    @Query("select a.id from Announcement a where a.finishedAt is null")
    List<Long> unfinished();

    /** The sender withdrew consent: their announcements keep 0 for the chat, and their reports are no longer redrawn. */
    @Modifying(flushAutomatically = true)
    @Query(value = "update announcement set sender_chat_id = 0 where sender_chat_id = ?1",
            nativeQuery = true)
    int forgetSender(long chatId);
}
