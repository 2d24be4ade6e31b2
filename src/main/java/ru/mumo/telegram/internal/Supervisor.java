package ru.mumo.telegram.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ru.mumo.telegram.TelegramProperties;

/**
 * The daemon thread that keeps an instance's way of taking updates going: it repeats a step every {@code every}
 * until stopped; after a failure (Telegram unreachable, the database away) it waits 1, 2, 4 ... up to 60 seconds
 * before the next try, so nothing fails the start and nothing floods the log.
 */
final class Supervisor {

    private static final Logger log = LoggerFactory.getLogger(Supervisor.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    /** One round of work; what it throws is logged and retried with back-off. */
    interface Step {
        void run() throws Exception;
    }

    private final String name;
    private final Duration every;
    private final TelegramProperties properties;
    private final Step step;
    private final Runnable afterFailure;
    private final Object signal = new Object();
    private volatile boolean running;
    private Thread thread;

    Supervisor(String name, Duration every, TelegramProperties properties, Step step, Runnable afterFailure) {
        this.name = name;
        this.every = every;
        this.properties = properties;
        this.step = step;
        this.afterFailure = afterFailure;
    }

    void start() {
        running = true;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
        synchronized (signal) {
            signal.notifyAll();
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean running() {
        return running;
    }

    private void run() {
        Duration backoff = Duration.ofSeconds(1);
        while (running) {
            try {
                step.run();
                backoff = Duration.ofSeconds(1);
                sleep(every);
            } catch (Throwable e) {
                log.warn("Telegram is not reachable at {} ({}); retrying in {} s", properties.apiUrl(),
                        safe(e.getMessage()), backoff.toSeconds());
                afterFailure.run();
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** The token is part of every Bot API URL, and error messages may quote the URL. */
    private String safe(String message) {
        return message == null ? "" : message.replace(properties.token(), "***");
    }

    private void sleep(Duration duration) {
        synchronized (signal) {
            if (running) {
                try {
                    signal.wait(Math.max(1, duration.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
    }
}
