package ru.mumo.meetings.internal;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.mumo.meetings.MeetingsProperties;

/**
 * One Quartz trigger in the persistent, clustered store sweeps the reminder rows every few seconds, rather than
 * one trigger per reminder: Quartz fires by system time while the application's clock may be shifted (in
 * rehearsals and tests), and the rows already carry what a per-reminder trigger would (when, and whether it was
 * sent). Being clustered, the sweep runs on one instance at a time.
 */
@Configuration(proxyBeanMethods = false)
class ReminderSweepSchedule {

    @Bean
    JobDetail meetingReminderSweep() {
        return JobBuilder.newJob(ReminderSweepJob.class)
                .withIdentity("reminder-sweep", "meetings")
                .storeDurably()
                .build();
    }

    @Bean
    Trigger meetingReminderSweepTrigger(JobDetail meetingReminderSweep, MeetingsProperties properties) {
        return TriggerBuilder.newTrigger()
                .forJob(meetingReminderSweep)
                .withIdentity("reminder-sweep", "meetings")
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(properties.sweepInterval().toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
