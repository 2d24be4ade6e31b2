package ru.mumo.membership.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.membership.Invite;
import ru.mumo.membership.Role;

public interface Invites extends JpaRepository<Invite, Long> {

    Optional<Invite> findByCode(String code);

    /** The association's links of a role that are neither revoked nor expired, newest first. */
    @Query("select i from Invite i where i.association.id = ?1 and i.role = ?2 and i.revokedAt is null"
            + " and i.expiresAt > ?3 order by i.createdAt desc, i.id desc")
    List<Invite> findOpen(long associationId, Role role, Instant now);

    /**
     * Takes one use of the invite in a single statement, so that two people racing for a one-time link
     * (or two instances of the bot) cannot both get it.
     */
    @Modifying(flushAutomatically = true)
    @Query("update Invite i set i.usedCount = i.usedCount + 1 where i.code = ?1 and (i.maxUses is null or i.usedCount < i.maxUses)")
    int takeOneUse(String code);

    /** Unlinks an erased person's Telegram id from the invites they issued. */
    @Modifying(flushAutomatically = true)
    @Query("update Invite i set i.createdByTelegramUserId = 0 where i.createdByTelegramUserId = ?1")
    int forgetIssuer(long telegramUserId);
}
