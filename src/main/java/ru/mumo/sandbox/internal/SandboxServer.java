package ru.mumo.sandbox.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import ru.mumo.emulator.BotMessage;
import ru.mumo.shared.Language;

/**
 * Serves the sandbox page and its small JSON API on the loopback interface only: the sandbox lets anyone at
 * the keyboard act as any person, so it must never be reachable from the network.
 */
public class SandboxServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SandboxServer.class);
    private static final Map<String, String> STATIC = Map.of(
            "/sandbox", "index.html", "/sandbox/", "index.html",
            "/sandbox/sandbox.js", "sandbox.js", "/sandbox/sandbox.css", "sandbox.css");

    private final SandboxApi api;
    private final SandboxProperties properties;
    private final ObjectMapper json = new ObjectMapper();
    private HttpServer server;
    private ExecutorService executor;

    SandboxServer(SandboxApi api, SandboxProperties properties) {
        this.api = api;
        this.properties = properties;
    }

    /** Where the page is, e.g. {@code http://localhost:8080/sandbox}. */
    public URI address() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/sandbox");
    }

    @Override
    public void start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), properties.port()), 0);
        } catch (IOException e) {
            throw new IllegalStateException("The sandbox cannot listen on port " + properties.port()
                    + "; set app.sandbox.port to a free one", e);
        }
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "sandbox-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/sandbox", this::handle);
        server.start();
        log.info("Sandbox: open {} (the bot talks to a built-in Telegram emulator; set TELEGRAM_BOT_TOKEN to use Telegram)",
                address());
    }

    @Override
    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return server != null && executor != null && !executor.isShutdown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            Language language = "en".equals(query.get("lang")) ? Language.EN : Language.RU;
            if (STATIC.containsKey(path)) {
                staticFile(exchange, STATIC.get(path));
                return;
            }
            switch (exchange.getRequestMethod() + " " + path) {
                case "GET /sandbox/api/state" -> json(exchange, 200, api.state(language));
                case "GET /sandbox/api/texts" -> json(exchange, 200, api.texts(language));
                case "GET /sandbox/api/file" -> file(exchange, query);
                case "POST /sandbox/api/send" -> {
                    JsonNode body = body(exchange);
                    api.send(body.path("user").asLong(), body.path("text").asText());
                    json(exchange, 200, Map.of("ok", true));
                }
                case "POST /sandbox/api/press" -> {
                    JsonNode body = body(exchange);
                    api.press(body.path("user").asLong(), body.path("message").asLong(), body.path("data").asText());
                    json(exchange, 200, Map.of("ok", true));
                }
                case "POST /sandbox/api/clock" -> {
                    JsonNode body = body(exchange);
                    if (body.hasNonNull("shift")) {
                        api.shiftClock(Duration.parse(body.get("shift").asText()));
                    } else {
                        api.moveClockTo(LocalDateTime.parse(body.path("to").asText()));
                    }
                    json(exchange, 200, Map.of("ok", true));
                }
                case "POST /sandbox/api/demo" -> json(exchange, 200, Map.of("started", api.startDemo()));
                default -> json(exchange, 404, Map.of("error", "not found"));
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            json(exchange, 400, Map.of("error", String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            log.warn("Sandbox request {} failed", exchange.getRequestURI(), e);
            json(exchange, 500, Map.of("error", String.valueOf(e.getMessage())));
        }
    }

    private void file(HttpExchange exchange, Map<String, String> query) throws IOException {
        BotMessage.Document document = api.document(Long.parseLong(query.getOrDefault("chat", "0")),
                Long.parseLong(query.getOrDefault("message", "0")));
        exchange.getResponseHeaders().set("Content-Type", document.mimeType() == null
                ? "application/octet-stream" : document.mimeType());
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        send(exchange, 200, document.bytes());
    }

    private void staticFile(HttpExchange exchange, String name) throws IOException {
        try (InputStream in = SandboxServer.class.getResourceAsStream("/sandbox/" + name)) {
            if (in == null) {
                json(exchange, 404, Map.of("error", "not found"));
                return;
            }
            String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "text/html";
            exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
            send(exchange, 200, in.readAllBytes());
        }
    }

    private JsonNode body(HttpExchange exchange) throws IOException {
        return json.readTree(exchange.getRequestBody());
    }

    private void json(HttpExchange exchange, int status, Object body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, json.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }
}
