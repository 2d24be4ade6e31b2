package ru.mumo.meetings.internal;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import ru.mumo.meetings.ReminderService;

/**
 * Sends the meeting reminders that are due. Only sweeps: which reminder is due is the domain's decision by the
 * application's clock, and each one is marked sent in the transaction that writes its messages.
 */
@DisallowConcurrentExecution
public class ReminderSweepJob implements Job {

    private final ReminderService reminders;

    public ReminderSweepJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(JobExecutionContext context) {
        reminders.sendDue();
    }
}
