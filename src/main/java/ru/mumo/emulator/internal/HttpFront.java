package ru.mumo.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import ru.mumo.emulator.ApiCall;
import ru.mumo.emulator.EmulatorEvent;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static ru.mumo.emulator.internal.FormattedText.NODES;

/**
 * The HTTP side: {@code /bot<token>/<method>} → checks in Telegram's order (availability, token, method,
 * parameters, injected faults, the method itself) → a JSON answer, recorded in the {@link CallLog}.
 */
public final class HttpFront implements HttpHandler {

    private final BotIdentity bot;
    private final ApiSpec spec;
    private final RequestParser parser;
    private final SpecValidator validator;
    private final Methods methods;
    private final Faults faults;
    private final CallLog log;
    private final Listeners listeners;
    private final ObjectMapper json;

    public HttpFront(BotIdentity bot, ApiSpec spec, World world, UpdateQueue updates, Webhook webhook,
                     RateLimiter rateLimiter, Faults faults, CallLog log, Listeners listeners, ObjectMapper json) {
        this.bot = bot;
        this.spec = spec;
        this.parser = new RequestParser(json);
        this.validator = new SpecValidator(spec, json);
        this.methods = new Methods(world, updates, webhook, rateLimiter);
        this.faults = faults;
        this.log = log;
        this.listeners = listeners;
        this.json = json;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        List<EmulatorEvent> events = new ArrayList<>();
        try (exchange) {
            ApiCall call = answer(exchange, events);
            log.add(call);
            // Before answering, so that whoever watches sees the change no later than the bot sees the result.
            events.forEach(listeners::publish);
            byte[] body = json.writeValueAsBytes(call.response());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            JsonNode retryAfter = call.response().path("parameters").path("retry_after");
            if (retryAfter.isNumber()) {
                exchange.getResponseHeaders().set("Retry-After", retryAfter.asText());
            }
            exchange.sendResponseHeaders(call.httpStatus(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private ApiCall answer(HttpExchange exchange, List<EmulatorEvent> events) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        int slash = path.startsWith("/bot") ? path.indexOf('/', 4) : -1;
        String segment = slash < 0 ? path : path.substring(slash + 1);
        ApiSpec.Method method = spec.method(segment).orElse(null);
        String name = method == null ? segment : method.name();
        log.arrived(name);
        if (!faults.available()) {
            return failure(name, NODES.objectNode(), new ApiException(502, "Bad Gateway", null, true));
        }
        if (slash < 0) {
            return failure(name, NODES.objectNode(), new ApiException(404, "Not Found", null, false));
        }
        if (!path.substring(4, slash).equals(bot.token())) {
            return failure(name, NODES.objectNode(), new ApiException(401, "Unauthorized", null, false));
        }
        if (method == null) {
            return failure(name, NODES.objectNode(), new ApiException(404, "Not Found", null, false));
        }
        ObjectNode received = NODES.objectNode();
        try {
            ApiRequest request = parser.parse(exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body);
            received.setAll(request.params());
            Map<String, JsonNode> params = validator.validate(method, request);
            received.removeAll();
            received.setAll(params);
            faults.throwIfScheduled(method.name());
            if (faults.takeBroken(method.name())) {
                return new ApiCall(method.name(), received, 200, NODES.objectNode().put("ok", true), true);
            }
            JsonNode result = methods.dispatch(method.name(), new Call(params, request.files(), events));
            ObjectNode response = NODES.objectNode().put("ok", true);
            response.set("result", result);
            return new ApiCall(method.name(), received, 200, response, false);
        } catch (ApiException e) {
            events.clear();
            return failure(method.name(), received, e);
        }
    }

    private static ApiCall failure(String method, JsonNode params, ApiException error) {
        ObjectNode response = NODES.objectNode().put("ok", false).put("error_code", error.code())
                .put("description", error.description());
        if (error.retryAfter() != null) {
            response.putObject("parameters").put("retry_after", error.retryAfter());
        }
        return new ApiCall(method, params, error.code(), response, error.injected());
    }
}
