package ru.mumo.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import static ru.mumo.emulator.internal.FormattedText.NODES;

/**
 * The bot's webhook: while one is set, Telegram posts each pending update to it, one at a time and oldest
 * first, with the secret token in {@code X-Telegram-Bot-Api-Secret-Token}; an update stays pending until the
 * webhook answers 2xx, and is posted again after a failure. Like a local Bot API server, it accepts plain HTTP
 * to this machine; elsewhere Telegram wants HTTPS. Meanwhile getUpdates is refused with 409.
 */
public final class Webhook {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final long MAX_RETRY_MILLIS = 1_000;

    private final UpdateQueue updates;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Thread deliverer;
    private volatile Target target;
    private volatile long lastErrorDate;
    private volatile String lastErrorMessage;
    private volatile boolean closed;

    private record Target(URI url, String secret, int maxConnections) {
    }

    public Webhook(UpdateQueue updates) {
        this.updates = updates;
        this.deliverer = new Thread(this::deliver, "telegram-emulator-webhook");
        deliverer.setDaemon(true);
        deliverer.start();
    }

    boolean active() {
        return target != null;
    }

    void set(String url, String secret, int maxConnections) throws ApiException {
        if (url.isEmpty()) {
            delete();
            return;
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad webhook: Failed to resolve host: Name or service not known");
        }
        boolean local = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost());
        if (!"https".equals(uri.getScheme()) && !(local && "http".equals(uri.getScheme()))) {
            throw ApiException.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }
        if (secret != null && !secret.matches("[A-Za-z0-9_-]{1,256}")) {
            throw ApiException.badRequest("secret token contains unallowed characters");
        }
        target = new Target(uri, secret, maxConnections);
        synchronized (this) {
            notifyAll();
        }
    }

    void delete() {
        target = null;
    }

    JsonNode info(int pending) {
        Target current = target;
        ObjectNode info = NODES.objectNode().put("url", current == null ? "" : current.url().toString())
                .put("has_custom_certificate", false).put("pending_update_count", pending);
        if (current != null) {
            info.put("max_connections", current.maxConnections());
            if (lastErrorMessage != null) {
                info.put("last_error_date", lastErrorDate).put("last_error_message", lastErrorMessage);
            }
        }
        return info;
    }

    public void close() {
        closed = true;
        deliverer.interrupt();
    }

    private void deliver() {
        long retryMillis = 50;
        try {
            while (!closed) {
                Target current = target;
                if (current == null) {
                    synchronized (this) {
                        wait(200);
                    }
                    continue;
                }
                ObjectNode update = updates.nextForWebhook(200);
                if (update == null || target != current) {
                    continue;
                }
                String error = post(current, update);
                if (error == null) {
                    updates.delivered(update.get("update_id").asLong());
                    retryMillis = 50;
                } else {
                    lastErrorDate = World.now();
                    lastErrorMessage = error;
                    Thread.sleep(retryMillis);
                    retryMillis = Math.min(MAX_RETRY_MILLIS, retryMillis * 2);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns null on success, else Telegram's description of what went wrong. */
    private String post(Target current, ObjectNode update) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(current.url()).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update.toString()));
        if (current.secret() != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", current.secret());
        }
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status / 100 == 2 ? null : "Wrong response from the webhook: " + status;
        } catch (ConnectException e) {
            return "Connection refused";
        } catch (HttpTimeoutException e) {
            return "Read timeout expired";
        } catch (IOException e) {
            return "Connection reset by peer";
        }
    }
}
