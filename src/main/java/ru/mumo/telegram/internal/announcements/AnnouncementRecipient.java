package ru.mumo.telegram.internal.announcements;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person an announcement went to, with their name then, and whether it reached them. */
@Entity
@Table(name = "announcement_recipient")
class AnnouncementRecipient {

    /** How the delivery ended; the reasons are what the secretary needs to reach the person another way. */
    enum Status {
        PENDING, DELIVERED,
        /** The person blocked the bot. */
        BLOCKED,
        /** The person never opened the bot's chat, so Telegram lets the bot not write first. */
        NOT_STARTED,
        /** The Telegram account was deleted. */
        DEACTIVATED,
        /** Telegram refused for another reason, or kept failing. */
        FAILED;

        /** Reads Telegram's refusal ("Forbidden: bot was blocked by the user", ...). */
        static Status of(String error) {
            String e = error == null ? "" : error.toLowerCase(java.util.Locale.ROOT);
            if (e.contains("blocked") || e.equals("unreachable")) {
                return BLOCKED;
            }
            if (e.contains("initiate conversation") || e.contains("chat not found")) {
                return NOT_STARTED;
            }
            if (e.contains("deactivated")) {
                return DEACTIVATED;
            }
            return FAILED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long announcementId;

    private long membershipId;

    private String fullName;

    private Long chatId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String detail;

    protected AnnouncementRecipient() {
    }

    AnnouncementRecipient(long announcementId, long membershipId, String fullName, Long chatId) {
        this.announcementId = announcementId;
        this.membershipId = membershipId;
        this.fullName = fullName;
        this.chatId = chatId;
        this.status = chatId == null ? Status.NOT_STARTED : Status.PENDING;
    }

    /** How the delivery ended; only the first word counts, so a late or repeated report changes nothing. */
    boolean finish(boolean delivered, String error) {
        if (status != Status.PENDING) {
            return false;
        }
        status = delivered ? Status.DELIVERED : Status.of(error);
        detail = error == null ? null : error.length() <= 500 ? error : error.substring(0, 500);
        return true;
    }

    long getMembershipId() {
        return membershipId;
    }

    String getFullName() {
        return fullName;
    }

    Long getChatId() {
        return chatId;
    }

    Status getStatus() {
        return status;
    }
}
