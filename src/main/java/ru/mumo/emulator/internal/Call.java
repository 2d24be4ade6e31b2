package ru.mumo.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import ru.mumo.emulator.EmulatorEvent;

import java.util.List;
import java.util.Map;

/**
 * A validated call as a method handler sees it. Handlers add the events their changes caused; they are
 * delivered to listeners after the answer went out.
 */
record Call(Map<String, JsonNode> params, Map<String, UploadedFile> files, List<EmulatorEvent> events) {

    boolean has(String name) {
        return params.containsKey(name);
    }

    JsonNode get(String name) {
        return params.get(name);
    }

    String text(String name) {
        JsonNode value = params.get(name);
        return value == null ? null : value.asText();
    }

    boolean flag(String name) {
        JsonNode value = params.get(name);
        return value != null && value.asBoolean();
    }

    long number(String name, long defaultValue) {
        JsonNode value = params.get(name);
        return value == null ? defaultValue : value.asLong();
    }

    /** A handler of one Bot API method; returns the "result" of a successful answer. */
    @FunctionalInterface
    interface Handler {
        JsonNode handle(Call call) throws ApiException;
    }
}
