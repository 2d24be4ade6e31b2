package ru.mumo.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

/** Routes a validated call to its handler; handlers run one at a time, holding the {@link World}. */
final class Methods {

    private final Map<String, Call.Handler> handlers = new HashMap<>();
    private final World world;
    private final BotMethods botMethods;

    Methods(World world, UpdateQueue updates, Webhook webhook, RateLimiter rateLimiter) {
        this.world = world;
        this.botMethods = new BotMethods(world, updates, webhook);
        botMethods.register(handlers);
        new MessageMethods(world, rateLimiter).register(handlers);
    }

    JsonNode dispatch(String method, Call call) throws ApiException {
        if (method.equals("getUpdates")) {
            return botMethods.getUpdates(call);
        }
        Call.Handler handler = handlers.get(method);
        if (handler == null) {
            throw ApiException.badRequest("method not supported by the emulator");
        }
        synchronized (world) {
            return handler.handle(call);
        }
    }
}
