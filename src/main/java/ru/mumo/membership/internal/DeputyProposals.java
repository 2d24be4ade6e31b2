package ru.mumo.membership.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.membership.DeputyProposal;

public interface DeputyProposals extends JpaRepository<DeputyProposal, Long> {

    @Query("select p from DeputyProposal p where p.associationId = ?1 and p.pending = true")
    Optional<DeputyProposal> findPending(long associationId);

    /** Unlinks an erased official's Telegram id from the proposals they decided. */
    @Modifying(flushAutomatically = true)
    @Query("update DeputyProposal p set p.decidedByTelegramUserId = 0 where p.decidedByTelegramUserId = ?1")
    int forgetDecider(long telegramUserId);
}
