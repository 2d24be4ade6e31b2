package ru.mumo.membership.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.membership.Association;

public interface Associations extends JpaRepository<Association, Long> {

    /** Unlinks an erased official's Telegram id from the associations they created. */
    @Modifying(flushAutomatically = true)
    @Query("update Association a set a.createdByTelegramUserId = 0 where a.createdByTelegramUserId = ?1")
    int forgetCreator(long telegramUserId);
}
