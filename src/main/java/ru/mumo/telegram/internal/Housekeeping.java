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
import ru.mumo.telegram.internal.dialog.Dialogs;

/**
 * Forgets what can no longer matter: update ids older than Telegram keeps updates (a day; we keep a week),
 * delivered outbox rows after a month, since their texts may carry people's names, the sending pace of chats
 * that have been quiet for an hour, built document requests after an hour (they only count towards the limit of
 * a few a minute), and unfinished dialogs that expired, with the answers they held.
 */
@Configuration(proxyBeanMethods = false)
class Housekeeping {

    static final Duration KEEP_UPDATE_IDS = Duration.ofDays(7);
    static final Duration KEEP_DELIVERED = Duration.ofDays(30);
    static final Duration KEEP_DOCUMENT_REQUESTS = Duration.ofHours(1);

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
        private final DatabaseClock databaseClock;
        private final Dialogs dialogs;

        Job(JdbcTemplate jdbc, Clock clock, DatabaseClock databaseClock, Dialogs dialogs) {
            this.jdbc = jdbc;
            this.clock = clock;
            this.databaseClock = databaseClock;
            this.dialogs = dialogs;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            Instant now = clock.instant();
            int updates = jdbc.update("delete from processed_update where processed_at < ?",
                    Timestamp.from(now.minus(KEEP_UPDATE_IDS)));
            int delivered = jdbc.update("delete from outbox_message where status <> 'PENDING' and created_at < ?",
                    Timestamp.from(now.minus(KEEP_DELIVERED)));
            int paces = jdbc.update("delete from send_pace where bucket <> 'global' and next_at < ?",
                    DatabaseClock.at(databaseClock.now().minus(Duration.ofHours(1))));
            int documents = jdbc.update("delete from document_request where done_at < ?",
                    Timestamp.from(now.minus(KEEP_DOCUMENT_REQUESTS)));
            int expired = dialogs.deleteExpired();
            log.info("Housekeeping removed {} old update ids, {} old outbox rows, {} quiet chats' paces, {} built "
                    + "document requests and {} expired dialogs", updates, delivered, paces, documents, expired);
        }
    }
}
