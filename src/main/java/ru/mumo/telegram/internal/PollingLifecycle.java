package ru.mumo.telegram.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import ru.mumo.telegram.TelegramProperties;

/**
 * Starts long polling once the database, migrations and Quartz are up (last lifecycle phase), and keeps
 * trying with back-off while Telegram is unreachable instead of failing the start. Polls only while this
 * instance holds the polling lease, since Telegram allows one poller per bot.
 */
@Component
class PollingLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PollingLifecycle.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    private final TelegramProperties properties;
    private final TelegramClient telegram;
    private final TelegramUrl url;
    private final ScheduledExecutorService executor;
    private final UpdateIntake intake;
    private final BotIdentity identity;
    private final Leases leases;
    private final CommandMenus menus;
    private final Object signal = new Object();
    private volatile boolean running;
    private TelegramBotsLongPollingApplication application;
    private BotSession session;
    private Thread worker;

    PollingLifecycle(TelegramProperties properties, TelegramClient telegram, TelegramUrl url,
            ScheduledExecutorService telegramPollingExecutor, UpdateIntake intake, BotIdentity identity,
            Leases leases, CommandMenus menus) {
        this.properties = properties;
        this.telegram = telegram;
        this.url = url;
        this.executor = telegramPollingExecutor;
        this.intake = intake;
        this.identity = identity;
        this.leases = leases;
        this.menus = menus;
    }

    @Override
    public void start() {
        running = true;
        intake.open();
        worker = new Thread(this::run, "telegram-polling-supervisor");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        intake.shutDown();
        synchronized (signal) {
            signal.notifyAll();
        }
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeSession();
        leases.release(Leases.LONG_POLLING);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private void run() {
        Duration backoff = Duration.ofSeconds(1);
        // Renewed three times per lease, so a slow round never lets a live poller's lease run out.
        Duration checkEvery = properties.leaseTtl().dividedBy(3);
        while (running) {
            try {
                if (!leases.hold(Leases.LONG_POLLING, properties.leaseTtl())) {
                    closeSession();
                    sleep(checkEvery);
                    continue;
                }
                if (session == null) {
                    openSession();
                }
                backoff = Duration.ofSeconds(1);
                sleep(checkEvery);
            } catch (TelegramApiException | RuntimeException e) {
                log.warn("Telegram is not reachable at {} ({}); retrying in {} s", properties.apiUrl(),
                        safe(e.getMessage()), backoff.toSeconds());
                closeSession();
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void openSession() throws TelegramApiException {
        User me = telegram.execute(new GetMe());
        identity.learn(me.getUserName());
        menus.publishDefaults();
        application = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> executor);
        session = application.registerBot(properties.token(), () -> url,
                new DefaultGetUpdatesGenerator(List.of("message", "callback_query")), intake);
        log.info("Polling Telegram at {} as @{}", properties.apiUrl(), me.getUserName());
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
        application = null;
    }

    private String safe(String message) {
        return message == null ? "" : message.replace(properties.token(), "***");
    }

    private void sleep(Duration duration) {
        synchronized (signal) {
            if (running) {
                try {
                    signal.wait(duration.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
    }
}
