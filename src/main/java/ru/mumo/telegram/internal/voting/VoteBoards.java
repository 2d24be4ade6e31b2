package ru.mumo.telegram.internal.voting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface VoteBoards extends JpaRepository<VoteBoard, String> {

    @Query("select b from VoteBoard b where b.voteId = ?1")
    List<VoteBoard> findByVote(long voteId);

    @Modifying
    @Query("delete from VoteBoard b where b.chatId = ?1")
    int deleteByChat(long chatId);
}
