package ru.mumo.telegram.internal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ru.mumo.shared.Messages;

class OffsetParserTests {

    private final OffsetParser parser = new OffsetParser(new InputWords(new Messages()));

    @Test
    void readsHoursMinutesAndDays() {
        assertThat(parser.parse("24h 1h")).contains(List.of(Duration.ofHours(24), Duration.ofHours(1)));
        assertThat(parser.parse("24, 1")).contains(List.of(Duration.ofHours(24), Duration.ofHours(1)));
        assertThat(parser.parse("2d 30m")).contains(List.of(Duration.ofDays(2), Duration.ofMinutes(30)));
        assertThat(parser.parse("48 ч 30 мин")).contains(List.of(Duration.ofHours(48), Duration.ofMinutes(30)));
        assertThat(parser.parse("1Д")).contains(List.of(Duration.ofDays(1)));
        assertThat(parser.parse("2 дня 3 hours")).contains(List.of(Duration.ofDays(2), Duration.ofHours(3)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "завтра", "24h x", "-1h", "1.5h", "2 недели"})
    void refusesWhatIsNotAnOffset(String input) {
        assertThat(parser.parse(input)).isEmpty();
    }
}
