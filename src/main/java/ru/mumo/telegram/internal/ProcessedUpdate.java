package ru.mumo.telegram.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The mark that an update's effects are committed; written in the same transaction as those effects. */
@Entity
class ProcessedUpdate {

    @Id
    private Long updateId;

    private Instant processedAt;

    protected ProcessedUpdate() {
    }
}
