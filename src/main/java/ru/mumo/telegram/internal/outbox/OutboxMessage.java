package ru.mumo.telegram.internal.outbox;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.DynamicUpdate;

/**
 * A call to Telegram that a transaction decided to make. It is written in that transaction and sent after
 * commit, so a crash between deciding and sending loses nothing. Its sending state (claims, attempts, status)
 * changes only through {@link OutboxClaims}, row by row in SQL; an update through JPA writes just the columns it
 * changed.
 */
@Entity
@DynamicUpdate
public class OutboxMessage {

    public enum Kind { MESSAGE, EDIT, ANSWER, DOCUMENT, MENU }

    public enum Status { PENDING, SENT, FAILED }

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

    private Long telegramMessageId;

    private String refKey;

    private String lastError;

    /** {@code ROW} for a row to the chat of a person who withdrew consent: it is deleted once sent. */
    private String forgetAfterSend;

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

    /** Whether the row goes to a forgotten chat, so that nothing of it may stay once it is sent. */
    boolean forgottenOnceSent() {
        return "ROW".equals(forgetAfterSend);
    }
}
