package ru.mumo.meetings.internal;

import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.mumo.meetings.MeetingsProperties;
import ru.mumo.shared.Sweeps;

/**
 * One Quartz trigger in the persistent, clustered store sweeps the reminder rows every few seconds, rather than
 * one trigger per reminder: the rows already carry what a per-reminder trigger would (when, and whether it was
 * sent). Being clustered, the sweep runs on one instance at a time.
 */
@Configuration(proxyBeanMethods = false)
class ReminderSweepSchedule {

    @Bean
    JobDetail meetingReminderSweep() {
        return Sweeps.job(ReminderSweepJob.class, "reminder-sweep", "meetings");
    }

    @Bean
    Trigger meetingReminderSweepTrigger(JobDetail meetingReminderSweep, MeetingsProperties properties) {
        return Sweeps.every(meetingReminderSweep, properties.sweepInterval());
    }
}
