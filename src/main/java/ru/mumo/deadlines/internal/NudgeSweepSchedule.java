package ru.mumo.deadlines.internal;

import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.mumo.deadlines.DeadlinesProperties;
import ru.mumo.shared.Sweeps;

/**
 * One trigger in the persistent, clustered Quartz store sweeps the calendar every minute, instead of a trigger
 * per association and day: "nine in the morning" differs by association zone, which the domain knows and
 * Quartz need not.
 */
@Configuration(proxyBeanMethods = false)
class NudgeSweepSchedule {

    @Bean
    JobDetail deadlineNudgeSweep() {
        return Sweeps.job(NudgeSweepJob.class, "nudge-sweep", "deadlines");
    }

    @Bean
    Trigger deadlineNudgeSweepTrigger(JobDetail deadlineNudgeSweep, DeadlinesProperties properties) {
        return Sweeps.every(deadlineNudgeSweep, properties.sweepInterval());
    }
}
