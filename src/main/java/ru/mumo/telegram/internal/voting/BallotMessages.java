package ru.mumo.telegram.internal.voting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BallotMessages extends JpaRepository<BallotMessage, String> {

    @Query("select b from BallotMessage b where b.voteId = ?1")
    List<BallotMessage> findByVote(long voteId);

    @Modifying
    @Query("delete from BallotMessage b where b.chatId = ?1")
    int deleteByChat(long chatId);
}
