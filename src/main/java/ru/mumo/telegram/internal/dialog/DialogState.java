package ru.mumo.telegram.internal.dialog;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

/**
 * Where a person is in a multi-step dialog, kept in the database so that a restart of the bot (or another
 * instance taking over) continues the dialog at the same step.
 */
@Entity
public class DialogState {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    @Id
    private Long telegramUserId;

    private String dialog;

    private String step;

    private String data;

    private Instant updatedAt;

    @Transient
    private Map<String, String> values;

    protected DialogState() {
    }

    DialogState(long telegramUserId, String dialog, String step, Instant now) {
        this.telegramUserId = telegramUserId;
        this.dialog = dialog;
        this.step = step;
        this.values = new LinkedHashMap<>();
        this.data = "{}";
        this.updatedAt = now;
    }

    public String dialog() {
        return dialog;
    }

    public String step() {
        return step;
    }

    public long telegramUserId() {
        return telegramUserId;
    }

    /** When the dialog last moved to a step; it expires counted from then. */
    public Instant updatedAt() {
        return updatedAt;
    }

    public String get(String key) {
        return values().get(key);
    }

    public DialogState put(String key, String value) {
        values().put(key, value);
        data = write(values());
        return this;
    }

    public void moveTo(String step, Instant now) {
        this.step = step;
        this.updatedAt = now;
    }

    private Map<String, String> values() {
        if (values == null) {
            values = read(data);
        }
        return values;
    }

    private static Map<String, String> read(String data) {
        try {
            return JSON.readValue(data, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable dialog state", e);
        }
    }

    private static String write(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store dialog state", e);
        }
    }
}
