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
import jakarta.persistence.Version;

/** A person's place in one association: their role, since when, and whether it still lasts. */
@Entity
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Association association;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Instant joinedAt;

    private Instant leftAt;

    /** {@code TRUE} while live, {@code null} once ended; see the unique index in V2__foundation.sql. */
    private Boolean live;

    /** The invite it came by; {@code null} for memberships older than that record. */
    private Long inviteId;

    /** When the chair or secretary marked the member's signed consent (S 3.6) received; {@code null} while not. */
    private Instant writtenConsentAt;

    private Long writtenConsentByPersonId;

    @Version
    private long version;

    protected Membership() {
    }

    Membership(Association association, Person person, Role role, Invite invite, Instant now) {
        this.association = association;
        this.person = person;
        this.role = role;
        this.inviteId = invite.getId();
        this.joinedAt = now;
        this.live = Boolean.TRUE;
    }

    /** Marks the signed consent received ({@code by} the keeper), or takes the mark back ({@code by} null). */
    void markWrittenConsent(Long byPersonId, Instant now) {
        this.writtenConsentAt = byPersonId == null ? null : now;
        this.writtenConsentByPersonId = byPersonId;
    }

    /** Ends the membership; {@code live} becomes {@code null} so that the person may join again later. */
    void end(Instant now) {
        this.live = null;
        this.leftAt = now;
    }

    Role changeRole(Role newRole) {
        Role old = this.role;
        this.role = newRole;
        return old;
    }

    public Long getId() {
        return id;
    }

    public Association getAssociation() {
        return association;
    }

    public Person getPerson() {
        return person;
    }

    public Role getRole() {
        return role;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public Long getInviteId() {
        return inviteId;
    }

    public Instant getWrittenConsentAt() {
        return writtenConsentAt;
    }

    public boolean isLive() {
        return Boolean.TRUE.equals(live);
    }
}
