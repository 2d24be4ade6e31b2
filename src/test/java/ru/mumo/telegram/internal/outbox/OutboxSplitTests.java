package ru.mumo.telegram.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OutboxSplitTests {

    @Test
    void aShortTextStaysWhole() {
        assertThat(Outbox.split("Привет")).containsExactly("Привет");
    }

    @Test
    void aLongTextIsSplitAtLineBreaksWithinTelegramsLimit() {
        String line = "1234567890".repeat(9) + "\n";
        String text = line.repeat(100);
        List<String> parts = Outbox.split(text);
        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(Outbox.MAX_TEXT));
        assertThat(String.join("\n", parts).replace("\n\n", "\n").strip()).isEqualTo(text.strip());
    }

    @Test
    void aLongLineWithoutBreaksIsCutHard() {
        List<String> parts = Outbox.split("x".repeat(Outbox.MAX_TEXT + 10));
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).hasSize(Outbox.MAX_TEXT);
    }
}
