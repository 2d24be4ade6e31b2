package ru.mumo.emulator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Turns the query string and body of a call into {@link ApiRequest}, whatever encoding the client chose. */
public final class RequestParser {

    private final ObjectMapper json;

    public RequestParser(ObjectMapper json) {
        this.json = json;
    }

    public ApiRequest parse(String rawQuery, String contentType, byte[] body) throws ApiException {
        Map<String, JsonNode> params = new LinkedHashMap<>();
        Map<String, UploadedFile> files = new LinkedHashMap<>();
        if (rawQuery != null) {
            parseForm(rawQuery, params);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (body.length > 0) {
            if (type.startsWith("application/json")) {
                parseJson(body, params);
            } else if (type.startsWith("application/x-www-form-urlencoded")) {
                parseForm(new String(body, StandardCharsets.UTF_8), params);
            } else if (type.startsWith("multipart/form-data")) {
                MultipartParser.parse(contentType, body, params, files);
            } else {
                throw ApiException.badRequest("unsupported Content-Type \"" + contentType + "\"");
            }
        }
        return new ApiRequest(params, files);
    }

    private void parseJson(byte[] body, Map<String, JsonNode> params) throws ApiException {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("can't parse JSON body: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest("JSON object expected");
        }
        root.properties().forEach(e -> params.put(e.getKey(), e.getValue()));
    }

    private static void parseForm(String form, Map<String, JsonNode> params) {
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(URLDecoder.decode(key, StandardCharsets.UTF_8),
                    TextNode.valueOf(URLDecoder.decode(value, StandardCharsets.UTF_8)));
        }
    }
}
