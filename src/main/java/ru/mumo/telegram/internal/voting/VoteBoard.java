package ru.mumo.telegram.internal.voting;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The opener's live count of a vote, edited in place under {@link #refKey}. It remembers the text it shows, because
 * a change of mind or a guest's check-in leaves the count as it was and Telegram refuses an edit to the same text.
 */
@Entity
class VoteBoard {

    @Id
    private String refKey;

    private long voteId;

    private long chatId;

    private String shown;

    protected VoteBoard() {
    }

    VoteBoard(long voteId, long chatId, String shown) {
        this.refKey = "vote:" + voteId + ":" + chatId;
        this.voteId = voteId;
        this.chatId = chatId;
        this.shown = shown;
    }

    /** Records the new text; tells whether it differs from what the message shows. */
    boolean show(String text) {
        if (text.equals(shown)) {
            return false;
        }
        shown = text;
        return true;
    }

    String refKey() {
        return refKey;
    }

    long chatId() {
        return chatId;
    }
}
