package ru.mumo.voting.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.voting.Ballot;

public interface Ballots extends JpaRepository<Ballot, Long> {

    @Query("select b from Ballot b where b.voteId = ?1 and b.membershipId = ?2")
    Optional<Ballot> find(long voteId, long membershipId);

    @Query("select b from Ballot b where b.voteId = ?1")
    List<Ballot> findByVote(long voteId);

    /**
     * Forgets a closed secret vote's ballots altogether: the counts are in the vote row, and neither a choice nor
     * the moment of a press is left to join on.
     */
    @Modifying(flushAutomatically = true)
    @Query("delete from Ballot b where b.voteId = ?1")
    int forget(long voteId);
}
