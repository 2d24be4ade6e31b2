package ru.mumo.telegram.internal.voting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.ChatForgotten;

/**
 * A forgotten chat keeps no ballot or "voted N of M" board to edit later: the rows that tie its chat id to a
 * membership go. The ballot itself (of a membership, not a chat) and the vote's counts stay.
 */
@Component
class ForgottenBallotMessages {

    private final BallotMessages ballots;
    private final VoteBoards boards;

    ForgottenBallotMessages(BallotMessages ballots, VoteBoards boards) {
        this.ballots = ballots;
        this.boards = boards;
    }

    @EventListener
    void on(ChatForgotten event) {
        ballots.deleteByChat(event.chatId());
        boards.deleteByChat(event.chatId());
    }
}
