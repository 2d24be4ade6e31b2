package ru.mumo.membership;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A municipal methodological association (МУМО), created by the education department. */
@Entity
public class Association {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String municipality;

    private String timeZone;

    private long createdByTelegramUserId;

    private Instant createdAt;

    /** The code of the regulation it follows ({@link RegulationCatalog}); {@code null} only before its first start. */
    private String regulation;

    /** When an official chose or confirmed the regulation; {@code null} while a default waits for confirmation. */
    private Instant regulationConfirmedAt;

    /** When the official was asked to confirm a default regulation: once. */
    private Instant regulationAskedAt;

    @Version
    private long version;

    protected Association() {
    }

    Association(String name, ZoneId timeZone, String regulation, long createdByTelegramUserId, Instant now) {
        this.name = name;
        this.timeZone = timeZone.getId();
        this.regulation = regulation;
        this.regulationConfirmedAt = now;
        this.createdByTelegramUserId = createdByTelegramUserId;
        this.createdAt = now;
    }

    /** An official chose the regulation; the previous one's code, or {@code null}. */
    String follow(String code, Instant now) {
        String previous = regulation;
        this.regulation = code;
        this.regulationConfirmedAt = now;
        return previous;
    }

    /** A default for an association created before regulations were chosen, to be confirmed by an official. */
    void assumeDefault(String code, Instant now) {
        this.regulation = code;
        this.regulationAskedAt = now;
    }

    void changeMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public long getCreatedByTelegramUserId() {
        return createdByTelegramUserId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The code of the regulation the association follows; see {@link AssociationService#regulationOf}. */
    public String getRegulation() {
        return regulation;
    }

    public boolean isRegulationConfirmed() {
        return regulationConfirmedAt != null;
    }
}
