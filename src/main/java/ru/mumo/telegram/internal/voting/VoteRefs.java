package ru.mumo.telegram.internal.voting;

/** Outbox references of the officer's live count of a vote; per chat, as the outbox finds them by name alone. */
final class VoteRefs {

    private VoteRefs() {
    }

    static String board(long voteId, long chatId) {
        return "vote:" + voteId + ":" + chatId;
    }
}
