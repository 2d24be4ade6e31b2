package ru.mumo.deadlines.internal;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.mumo.deadlines.DeadlinesProperties;

/**
 * One trigger in the persistent, clustered Quartz store sweeps the calendar every minute, instead of a trigger
 * per association and day: Quartz fires by system time while the application's clock may be shifted, and
 * "nine in the morning" differs by association zone, which the domain knows and Quartz need not.
 */
@Configuration(proxyBeanMethods = false)
class NudgeSweepSchedule {

    @Bean
    JobDetail deadlineNudgeSweep() {
        return JobBuilder.newJob(NudgeSweepJob.class)
                .withIdentity("nudge-sweep", "deadlines")
                .storeDurably()
                .build();
    }

    @Bean
    Trigger deadlineNudgeSweepTrigger(JobDetail deadlineNudgeSweep, DeadlinesProperties properties) {
        return TriggerBuilder.newTrigger()
                .forJob(deadlineNudgeSweep)
                .withIdentity("nudge-sweep", "deadlines")
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(properties.sweepInterval().toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
