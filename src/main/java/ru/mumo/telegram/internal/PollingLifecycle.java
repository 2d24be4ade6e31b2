package ru.mumo.telegram.internal;

import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import ru.mumo.telegram.TelegramProperties;

/**
 * Long polling, when no webhook is configured. Starts once the database, migrations and Quartz are up (last
 * lifecycle phase), keeps trying with back-off while Telegram is unreachable instead of failing the start, and
 * polls only while this instance holds the polling lease, since Telegram allows one poller per bot. TelegramBots
 * deletes any webhook before its first poll.
 *
 * <p>It also watches the polling task: TelegramBots' task ends for good on any unexpected exception while its
 * session still says it runs. A task that has taken nothing for {@code updatesTimeout} while Telegram answers
 * (and is not busy with a batch) is noticed at one check and restarted at the next, unless it recovered.
 */
@Component
@Conditional(UpdateMode.Polling.class)
class PollingLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PollingLifecycle.class);

    private final TelegramProperties properties;
    private final TelegramClient telegram;
    private final TelegramUrl url;
    private final ScheduledExecutorService executor;
    private final UpdateIntake intake;
    private final UpdateFlow flow;
    private final BotIntroduction introduction;
    private final Leases leases;
    private final Counter restarts;
    private final Supervisor supervisor;
    private BotSession session;
    private boolean stalledBefore;

    PollingLifecycle(TelegramProperties properties, TelegramClient telegram, TelegramUrl url,
            ScheduledExecutorService telegramPollingExecutor, UpdateIntake intake, UpdateFlow flow,
            BotIntroduction introduction, Leases leases, MeterRegistry meters) {
        this.properties = properties;
        this.telegram = telegram;
        this.url = url;
        this.executor = telegramPollingExecutor;
        this.intake = intake;
        this.flow = flow;
        this.introduction = introduction;
        this.leases = leases;
        this.restarts = Counter.builder("mumo.updates.polling.restarts")
                .description("Polling tasks found silent and restarted").register(meters);
        this.supervisor = new Supervisor("telegram-polling-supervisor", properties.leaseTtl().dividedBy(3), properties,
                this::check, this::closeSession);
    }

    @Override
    public void start() {
        intake.open();
        supervisor.start();
    }

    @Override
    public void stop() {
        intake.shutDown();
        supervisor.stop();
        closeSession();
        flow.expect(false);
        leases.release(Leases.LONG_POLLING);
    }

    @Override
    public boolean isRunning() {
        return supervisor.running();
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /** Polls while this instance holds the lease; renewed three times per lease, so a live poller keeps it. */
    private void check() throws TelegramApiException {
        if (!leases.hold(Leases.LONG_POLLING, properties.leaseTtl())) {
            closeSession();
            flow.expect(false);
            return;
        }
        flow.expect(true);
        if (session == null) {
            openSession();
        } else {
            superviseSession();
        }
    }

    private void superviseSession() throws TelegramApiException {
        if (flow.busy() || !flow.silentFor(properties.updatesTimeout())) {
            stalledBefore = false;
            return;
        }
        // Silent: is it Telegram (then the task is alive and retrying) or the task?
        telegram.execute(new GetMe());
        if (!stalledBefore) {
            log.warn("No updates taken for {} s although Telegram answers; restarting polling if it stays silent",
                    flow.silence().toSeconds());
            stalledBefore = true;
            return;
        }
        log.error("Polling stayed silent for {} s although Telegram answers: restarting it", flow.silence().toSeconds());
        restarts.increment();
        closeSession();
        stalledBefore = false;
        openSession();
    }

    private void openSession() throws TelegramApiException {
        String username = introduction.introduce();
        TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                () -> TelegramConfiguration.pollingHttpClient(properties, flow), () -> executor);
        session = application.registerBot(properties.token(), () -> url, this::nextPoll, intake);
        flow.taken();
        log.info("Polling Telegram at {} as @{}", properties.apiUrl(), username);
    }

    private GetUpdates nextPoll(int lastReceived) {
        return GetUpdates.builder().offset(lastReceived + 1).limit(100)
                .timeout((int) properties.pollTimeout().toSeconds()).allowedUpdates(UpdateIntake.ALLOWED_UPDATES).build();
    }

    private void closeSession() {
        if (session != null) {
            try {
                session.stop();
            } catch (RuntimeException e) {
                log.debug("Stopping the polling session failed", e);
            }
            session = null;
        }
    }
}
