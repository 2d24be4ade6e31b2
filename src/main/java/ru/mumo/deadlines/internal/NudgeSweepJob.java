package ru.mumo.deadlines.internal;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import ru.mumo.deadlines.NudgeService;

/** Sends the deadline nudges that are due; which ones is the domain's decision by the application's clock. */
@DisallowConcurrentExecution
public class NudgeSweepJob implements Job {

    private final NudgeService nudges;

    public NudgeSweepJob(NudgeService nudges) {
        this.nudges = nudges;
    }

    @Override
    public void execute(JobExecutionContext context) {
        nudges.sendDue();
    }
}
