package ru.mumo.meetings.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import ru.mumo.meetings.MeetingSettings;

public interface MeetingSettingsRepository extends JpaRepository<MeetingSettings, Long> {
}
