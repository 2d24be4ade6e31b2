package ru.mumo.telegram.internal.meetings;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A chat that holds a live attendance list of a meeting, edited in place under {@link #refKey}. */
@Entity
class AttendanceBoard {

    @Id
    private String refKey;

    private long meetingId;

    private long chatId;

    protected AttendanceBoard() {
    }

    AttendanceBoard(long meetingId, long chatId) {
        this.refKey = refKey(meetingId, chatId);
        this.meetingId = meetingId;
        this.chatId = chatId;
    }

    /** Per chat, because the outbox finds the message to edit by its reference alone. */
    static String refKey(long meetingId, long chatId) {
        return "attendance:" + meetingId + ":" + chatId;
    }

    String refKey() {
        return refKey;
    }

    long chatId() {
        return chatId;
    }
}
