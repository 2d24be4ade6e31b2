package ru.mumo.telegram.internal.voting;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A ballot sent to a member's chat, under the outbox reference {@link #refKey}; one per member and vote, as the
 * reference names the vote and the member.
 */
@Entity
class BallotMessage {

    @Id
    private String refKey;

    private long voteId;

    private long membershipId;

    private long chatId;

    protected BallotMessage() {
    }

    BallotMessage(long voteId, long membershipId, long chatId) {
        this.refKey = refKey(voteId, membershipId);
        this.voteId = voteId;
        this.membershipId = membershipId;
        this.chatId = chatId;
    }

    static String refKey(long voteId, long membershipId) {
        return "ballot:" + voteId + ":" + membershipId;
    }

    String refKey() {
        return refKey;
    }

    long chatId() {
        return chatId;
    }
}
