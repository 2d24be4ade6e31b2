package ru.mumo.telegram.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.QuartzJobBean;

import ru.mumo.shared.Sweeps;

/**
 * Forgets what can no longer matter: update ids older than Telegram keeps updates (a day; we keep a week),
 * and delivered outbox rows after a month, since their texts may carry people's names.
 */
@Configuration(proxyBeanMethods = false)
class Housekeeping {

    static final Duration KEEP_UPDATE_IDS = Duration.ofDays(7);
    static final Duration KEEP_DELIVERED = Duration.ofDays(30);

    @Bean
    JobDetail housekeepingJob() {
        return Sweeps.job(Job.class, "housekeeping", "telegram");
    }

    @Bean
    Trigger housekeepingTrigger(JobDetail housekeepingJob) {
        return Sweeps.every(housekeepingJob, Duration.ofHours(1));
    }

    @DisallowConcurrentExecution
    static class Job extends QuartzJobBean {

        private static final Logger log = LoggerFactory.getLogger(Job.class);

        private final JdbcTemplate jdbc;
        private final Clock clock;

        Job(JdbcTemplate jdbc, Clock clock) {
            this.jdbc = jdbc;
            this.clock = clock;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            Instant now = clock.instant();
            int updates = jdbc.update("delete from processed_update where processed_at < ?",
                    Timestamp.from(now.minus(KEEP_UPDATE_IDS)));
            int delivered = jdbc.update("delete from outbox_message where status <> 'PENDING' and created_at < ?",
                    Timestamp.from(now.minus(KEEP_DELIVERED)));
            log.info("Housekeeping removed {} old update ids and {} old outbox rows", updates, delivered);
        }
    }
}
