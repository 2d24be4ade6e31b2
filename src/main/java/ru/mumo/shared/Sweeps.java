package ru.mumo.shared;

import java.time.Duration;

import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * The one shape every scheduled job here has: a durable job in the persistent, clustered Quartz store and one
 * trigger repeating it forever. A job sweeps rows the domain keeps (reminders, nudges, old ids) instead of
 * Quartz holding a trigger per item: Quartz fires by system time while the application's clock may be shifted,
 * and the rows already say what is due. Missed fires after downtime collapse into the next one.
 */
public final class Sweeps {

    private Sweeps() {
    }

    public static JobDetail job(Class<? extends Job> type, String name, String group) {
        return JobBuilder.newJob(type).withIdentity(name, group).storeDurably().build();
    }

    /** Repeats {@code job} every {@code interval}, under the job's own name. */
    public static Trigger every(JobDetail job, Duration interval) {
        return TriggerBuilder.newTrigger()
                .forJob(job)
                .withIdentity(job.getKey().getName(), job.getKey().getGroup())
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(interval.toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
