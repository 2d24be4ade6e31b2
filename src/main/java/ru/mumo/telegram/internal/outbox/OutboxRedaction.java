package ru.mumo.telegram.internal.outbox;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an erased person's data out of the messages the outbox keeps, sent or not: the texts that named them
 * (a welcome, a notice to the chair, a member list) stay as records of what was sent, with the data replaced.
 * Only string values inside the JSON are touched, never its structure.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class OutboxRedaction {

    /** Shorter texts would match ordinary words in other people's messages. */
    private static final int MIN_LENGTH = 3;

    private final OutboxMessages messages;
    private final ObjectMapper json;

    OutboxRedaction(OutboxMessages messages, ObjectMapper telegramObjectMapper) {
        this.messages = messages;
        this.json = telegramObjectMapper;
    }

    public void redact(List<String> values, String placeholder) {
        for (String value : values) {
            if (value == null || value.length() < MIN_LENGTH) {
                continue;
            }
            for (OutboxMessage message : messages.findByPayloadContaining(escaped(value))) {
                try {
                    JsonNode tree = json.readTree(message.getPayload());
                    message.redact(json.writeValueAsString(replace(tree, value, placeholder)));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("Unreadable outbox payload " + message.getId(), e);
                }
            }
        }
    }

    private JsonNode replace(JsonNode node, String value, String placeholder) {
        if (node.isTextual()) {
            return TextNode.valueOf(node.asText().replace(value, placeholder));
        }
        if (node instanceof ObjectNode object) {
            object.properties().forEach(entry -> entry.setValue(replace(entry.getValue(), value, placeholder)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, replace(array.get(i), value, placeholder));
            }
        }
        return node;
    }

    /** The value as the JSON payload spells it, without the surrounding quotes. */
    private String escaped(String value) {
        try {
            String quoted = json.writeValueAsString(value);
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
