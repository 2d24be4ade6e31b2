package ru.mumo.membership;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A deep-link code that lets a person join an association in a given role. */
@Entity
public class Invite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Association association;

    @Enumerated(EnumType.STRING)
    private Role role;

    /** {@code null} for a link that any number of people may use until it expires. */
    private Integer maxUses;

    private int usedCount;

    private Instant createdAt;

    private Instant expiresAt;

    private long createdByTelegramUserId;

    /** When an officer revoked it, or a newer chair link voided it; {@code null} while not. */
    private Instant revokedAt;

    protected Invite() {
    }

    Invite(String code, Association association, Role role, Integer maxUses, Instant now, Instant expiresAt,
            long createdByTelegramUserId) {
        this.code = code;
        this.association = association;
        this.role = role;
        this.maxUses = maxUses;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.createdByTelegramUserId = createdByTelegramUserId;
    }

    InviteStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return InviteStatus.REVOKED;
        }
        if (maxUses != null && usedCount >= maxUses) {
            return InviteStatus.USED;
        }
        return now.isBefore(expiresAt) ? InviteStatus.VALID : InviteStatus.EXPIRED;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Association getAssociation() {
        return association;
    }

    public Role getRole() {
        return role;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The official or officer who issued it; 0 once that person withdrew consent. */
    public long getCreatedByTelegramUserId() {
        return createdByTelegramUserId;
    }

    public int getUsedCount() {
        return usedCount;
    }

    public boolean isOneTime() {
        return maxUses != null && maxUses == 1;
    }
}
