package ru.mumo.emulator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One HTTP call the bot made.
 *
 * @param method     the spec's spelling ("sendMessage") whatever case the client used; the raw path segment
 *                   when the method does not exist
 * @param params     the parameters, with JSON-serialized ones (reply_markup, ...) parsed; as received when the
 *                   call was rejected before validation finished
 * @param httpStatus 200 or the error_code
 * @param response   the JSON answer
 * @param injected   the error came from fault injection (failNext, blockedBy, setAvailable), not from a mistake
 */
public record ApiCall(String method, JsonNode params, int httpStatus, JsonNode response, boolean injected) {

    public boolean ok() {
        return httpStatus == 200;
    }

    /** The error description, or null for a successful call. */
    public String description() {
        return ok() ? null : response.path("description").asText();
    }
}
