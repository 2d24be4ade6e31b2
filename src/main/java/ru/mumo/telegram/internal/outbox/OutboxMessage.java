package ru.mumo.telegram.internal.outbox;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A call to Telegram that a transaction decided to make. It is written in that transaction and sent after
 * commit, so a crash between deciding and sending loses nothing.
 */
@Entity
public class OutboxMessage {

    public enum Kind { MESSAGE, EDIT, ANSWER, DOCUMENT, MENU }

    public enum Status { PENDING, SENT, FAILED }

    private static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    /** The chat whose messages must arrive in order; {@code null} for calls outside any chat's sequence. */
    private Long chatId;

    private String payload;

    private byte[] document;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    private Instant createdAt;

    private Instant nextAttemptAt;

    private Instant sentAt;

    private Long telegramMessageId;

    private String refKey;

    private String lastError;

    protected OutboxMessage() {
    }

    OutboxMessage(Kind kind, Long chatId, String payload, byte[] document, String refKey, Instant now) {
        this.kind = kind;
        this.chatId = chatId;
        this.payload = payload;
        this.document = document;
        this.refKey = refKey;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Long telegramMessageId, Instant now) {
        this.status = Status.SENT;
        this.telegramMessageId = telegramMessageId;
        this.sentAt = now;
        this.document = null;
        forgetAnswer();
    }

    static final String FORGOTTEN_ANSWER = "{}";

    void retryLater(String error, Duration delay, Instant now) {
        this.attempts++;
        this.lastError = truncate(error);
        this.nextAttemptAt = now.plus(delay);
    }

    void failed(String error) {
        this.attempts++;
        this.status = Status.FAILED;
        this.lastError = truncate(error);
        this.document = null;
        forgetAnswer();
    }

    /**
     * A button press's confirmation lives on the phone for a few seconds and is not kept once sent: it may name a
     * secret ballot's choice, and this row's place next to the ballot's own messages would tie the two together.
     */
    private void forgetAnswer() {
        if (kind == Kind.ANSWER) {
            this.payload = FORGOTTEN_ANSWER;
        }
    }

    /** Replaces the payload by one with a person's erased data taken out. */
    void redact(String payload) {
        this.payload = payload;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getChatId() {
        return chatId;
    }

    public String getPayload() {
        return payload;
    }

    public byte[] getDocument() {
        return document;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Long getTelegramMessageId() {
        return telegramMessageId;
    }

    public String getRefKey() {
        return refKey;
    }

    public String getLastError() {
        return lastError;
    }
}
