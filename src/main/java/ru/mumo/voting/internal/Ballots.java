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

    /** Forgets who chose what in a closed secret vote; who voted stays, for one-ballot-per-member. */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("update Ballot b set b.choice = null where b.voteId = ?1")
    int eraseChoices(long voteId);
}
