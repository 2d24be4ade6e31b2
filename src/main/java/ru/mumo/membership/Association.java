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

    @Version
    private long version;

    protected Association() {
    }

    Association(String name, ZoneId timeZone, long createdByTelegramUserId, Instant now) {
        this.name = name;
        this.timeZone = timeZone.getId();
        this.createdByTelegramUserId = createdByTelegramUserId;
        this.createdAt = now;
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
}
