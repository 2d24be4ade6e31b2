package ru.mumo.meetings;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An association's own meeting settings: when its members are reminded before a meeting. */
@Entity
public class MeetingSettings {

    @Id
    private Long associationId;

    /** Minutes before the start, comma-separated, longest first. */
    private String reminderOffsets;

    @Version
    private long version;

    protected MeetingSettings() {
    }

    MeetingSettings(long associationId, List<Duration> offsets) {
        this.associationId = associationId;
        remindAt(offsets);
    }

    void remindAt(List<Duration> offsets) {
        this.reminderOffsets = offsets.stream().map(d -> String.valueOf(d.toMinutes()))
                .collect(Collectors.joining(","));
    }

    public List<Duration> getReminderOffsets() {
        return Arrays.stream(reminderOffsets.split(",")).map(m -> Duration.ofMinutes(Long.parseLong(m))).toList();
    }
}
