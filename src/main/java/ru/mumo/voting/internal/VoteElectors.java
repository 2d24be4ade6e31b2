package ru.mumo.voting.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.voting.VoteElector;

public interface VoteElectors extends JpaRepository<VoteElector, Long> {

    @Query("select e.membershipId from VoteElector e where e.voteId = ?1 order by e.id")
    List<Long> membershipIds(long voteId);

    @Query("select count(e) > 0 from VoteElector e where e.voteId = ?1 and e.membershipId = ?2")
    boolean isElector(long voteId, long membershipId);
}
