package ru.mumo.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * Parameters of one call as they arrived: JSON values from a JSON body, text from a query string, a form or
 * multipart fields. File parts are kept apart because they are referenced by name ("attach://name").
 */
public record ApiRequest(Map<String, JsonNode> params, Map<String, UploadedFile> files) {
}
