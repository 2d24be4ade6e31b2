package ru.mumo.voting.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import ru.mumo.voting.Vote;
import ru.mumo.voting.VoteStatus;

public interface Votes extends JpaRepository<Vote, Long> {

    /** The vote row locked until commit: ballots of one vote are cast one after another, on any instance. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Vote v where v.id = ?1")
    Optional<Vote> lock(long id);

    @Query("select v from Vote v where v.associationId = ?1 and v.status = ?2 order by v.openedAt desc, v.id desc")
    List<Vote> findByStatus(long associationId, VoteStatus status);

    @Query("select v from Vote v where v.meetingId = ?1 order by v.openedAt, v.id")
    List<Vote> findByMeeting(long meetingId);
}
