package ru.mumo.telegram.internal.announcements;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An announcement an officer sent to the association, and the state of its delivery report: the text the report
 * shows now, and the report's edit still waiting in the outbox, which a newer text replaces rather than queueing
 * another edit behind it.
 */
@Entity
class Announcement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long associationId;

    private long senderMembershipId;

    private long senderChatId;

    private String text;

    private int files;

    private boolean withGuests;

    private Instant createdAt;

    /** When the last recipient's message was delivered or given up. */
    private Instant finishedAt;

    private String reportShown;

    private Long reportEditId;

    @Version
    private long version;

    protected Announcement() {
    }

    Announcement(long associationId, long senderMembershipId, long senderChatId, String text, int files,
            boolean withGuests, Instant now) {
        this.associationId = associationId;
        this.senderMembershipId = senderMembershipId;
        this.senderChatId = senderChatId;
        this.text = text;
        this.files = files;
        this.withGuests = withGuests;
        this.createdAt = now;
    }

    /** The reference of the sender's report message, edited in place. */
    String reportRef() {
        return "annrep:" + id;
    }

    /** The reference of the announcement's message to one recipient, whose delivery the report counts. */
    String recipientRef(long membershipId) {
        return AnnouncementDeliveries.PREFIX + id + ":" + membershipId;
    }

    /** Records the report's new text; tells whether it differs from what the message shows. */
    boolean show(String report) {
        if (report.equals(reportShown)) {
            return false;
        }
        reportShown = report;
        return true;
    }

    void pendingEdit(Long editId) {
        this.reportEditId = editId;
    }

    void finish(Instant now) {
        if (finishedAt == null) {
            finishedAt = now;
        }
    }

    Long getId() {
        return id;
    }

    long getSenderChatId() {
        return senderChatId;
    }

    Long getReportEditId() {
        return reportEditId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean isFinished() {
        return finishedAt != null;
    }

    int getFiles() {
        return files;
    }

    long getAssociationId() {
        return associationId;
    }
}
