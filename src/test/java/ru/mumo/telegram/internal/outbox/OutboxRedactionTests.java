package ru.mumo.telegram.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import ru.mumo.telegram.internal.outbox.OutboxMessage.Kind;

class OutboxRedactionTests {

    private final OutboxMessages messages = mock(OutboxMessages.class);
    private final OutboxRedaction redaction = new OutboxRedaction(messages, new ObjectMapper());

    @Test
    void replacesTheValueInTextsAndButtonsButNeverTouchesTheJsonStructure() {
        OutboxMessage message = new OutboxMessage(Kind.MESSAGE, 7L,
                "{\"text\":\"В МУМО новый участник: Иванова \\\"Мария\\\"\",\"keyboard\":[[{\"text\":\"📇 Иванова \\\"Мария\\\"\",\"data\":\"card:1\"}]]}",
                null, null, null, Instant.EPOCH);
        when(messages.findByPayloadContaining("Иванова \\\"Мария\\\"")).thenReturn(List.of(message));

        redaction.redact(List.of("Иванова \"Мария\""), "Участник удалён");

        assertThat(message.getPayload()).isEqualTo(
                "{\"text\":\"В МУМО новый участник: Участник удалён\",\"keyboard\":[[{\"text\":\"📇 Участник удалён\",\"data\":\"card:1\"}]]}");
    }

    @Test
    void aKeyOfThePayloadIsNotAValue() {
        OutboxMessage message = new OutboxMessage(Kind.MESSAGE, 7L, "{\"text\":\"Привет\"}", null, null, null, Instant.EPOCH);
        when(messages.findByPayloadContaining("text")).thenReturn(List.of(message));

        redaction.redact(List.of("text"), "X");

        assertThat(message.getPayload()).isEqualTo("{\"text\":\"Привет\"}");
    }

    @Test
    void veryShortValuesAreNotSearched() {
        redaction.redact(List.of("ок"), "X");
        verify(messages, never()).findByPayloadContaining(anyString());
    }
}
