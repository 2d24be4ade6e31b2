package ru.mumo.membership;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import ru.mumo.shared.Language;

/** A teacher, psychologist or official known to the bot, with the consent they gave. */
@Entity
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long telegramUserId;

    private String fullName;

    private String workPlace;

    @Column(name = "position_title")
    private String position;

    @Enumerated(EnumType.STRING)
    private Language language;

    private String consentVersion;

    private Instant consentAcceptedAt;

    private Long activeAssociationId;

    private Instant createdAt;

    /** When the person withdrew consent and their data was erased (/forget); {@code null} while not. */
    private Instant erasedAt;

    @Version
    private long version;

    protected Person() {
    }

    Person(long telegramUserId, PersonDetails details, Consent consent, Language language, Instant now) {
        this.telegramUserId = telegramUserId;
        this.fullName = details.fullName();
        this.workPlace = details.workPlace();
        this.position = details.position();
        this.consentVersion = consent.version();
        this.consentAcceptedAt = consent.acceptedAt();
        this.language = language;
        this.createdAt = now;
    }

    void acceptConsent(Consent consent) {
        this.consentVersion = consent.version();
        this.consentAcceptedAt = consent.acceptedAt();
    }

    void updateDetails(PersonDetails details) {
        this.fullName = details.fullName();
        this.workPlace = details.workPlace();
        this.position = details.position();
    }

    /**
     * Erases what identifies the person: the name becomes {@code placeholder}, the Telegram id is unlinked so a
     * later registration makes a new person. The row stays for the memberships and protocols that refer to it.
     */
    void erase(String placeholder, Instant now) {
        this.fullName = placeholder;
        this.workPlace = null;
        this.position = null;
        this.telegramUserId = null;
        this.consentVersion = null;
        this.consentAcceptedAt = null;
        this.activeAssociationId = null;
        this.erasedAt = now;
    }

    void switchTo(long associationId) {
        this.activeAssociationId = associationId;
    }

    void speak(Language language) {
        this.language = language;
    }

    /**
     * Of the person's live memberships, the one their commands act on: the association they chose, or else the one
     * they joined last.
     */
    public Optional<Membership> actsIn(List<Membership> live) {
        return live.stream()
                .filter(m -> m.getAssociation().getId().equals(activeAssociationId))
                .findFirst()
                .or(() -> live.stream().max(Comparator.comparing(Membership::getJoinedAt)));
    }

    public Long getId() {
        return id;
    }

    public Long getTelegramUserId() {
        return telegramUserId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getWorkPlace() {
        return workPlace;
    }

    public String getPosition() {
        return position;
    }

    public Language getLanguage() {
        return language;
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public Instant getConsentAcceptedAt() {
        return consentAcceptedAt;
    }

    public Long getActiveAssociationId() {
        return activeAssociationId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isErased() {
        return erasedAt != null;
    }
}
