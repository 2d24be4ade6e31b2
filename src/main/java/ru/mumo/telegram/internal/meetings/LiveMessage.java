package ru.mumo.telegram.internal.meetings;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message about a meeting in one chat that is edited in place later, found by {@link #refKey}. */
@Entity
@Table(name = "meeting_live_message")
class LiveMessage {

    enum Kind {
        /** An officer's live attendance list. */
        BOARD,
        /** A member's "I'm here" button, taken away when the meeting closes. */
        CHECK_IN
    }

    @Id
    private String refKey;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private long meetingId;

    private long chatId;

    /** The page of a list longer than one keyboard that the officer turned to. */
    private int page;

    protected LiveMessage() {
    }

    LiveMessage(Kind kind, long meetingId, long chatId) {
        this.refKey = refKey(kind, meetingId, chatId);
        this.kind = kind;
        this.meetingId = meetingId;
        this.chatId = chatId;
    }

    /** Per chat, because the outbox finds the message to edit by its reference alone. */
    static String refKey(Kind kind, long meetingId, long chatId) {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + meetingId + ":" + chatId;
    }

    String refKey() {
        return refKey;
    }

    long chatId() {
        return chatId;
    }

    int page() {
        return page;
    }

    void turnTo(int page) {
        this.page = page;
    }
}
