package ru.mumo.telegram.internal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.meetings.WhenParser.Status;

class WhenParserTests {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 27, 16, 30, 0, 0, MOSCOW);

    private final WhenParser parser = new WhenParser(new InputWords(new Messages()));

    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource(delimiter = '|', value = {
            "25.12.2026 15:00     | 2026-12-25T15:00+03:00[Europe/Moscow]",
            "25.12.2026, 15:00    | 2026-12-25T15:00+03:00[Europe/Moscow]",
            "25.12.26 15.00       | 2026-12-25T15:00+03:00[Europe/Moscow]",
            "5.1.2027 9:05        | 2027-01-05T09:05+03:00[Europe/Moscow]",
            "25/12/2026 15:00     | 2026-12-25T15:00+03:00[Europe/Moscow]",
            "2026-12-25 15:00     | 2026-12-25T15:00+03:00[Europe/Moscow]",
            "25.12 15:00          | 2026-12-25T15:00+03:00[Europe/Moscow]",
            "25.12 в 15:00        | 2026-12-25T15:00+03:00[Europe/Moscow]",
            "завтра 15:00         | 2026-11-28T15:00+03:00[Europe/Moscow]",
            "Завтра в 9:30        | 2026-11-28T09:30+03:00[Europe/Moscow]",
            "послезавтра 10:00    | 2026-11-29T10:00+03:00[Europe/Moscow]",
            "сегодня 18:00        | 2026-11-27T18:00+03:00[Europe/Moscow]",
            "tomorrow at 15:00    | 2026-11-28T15:00+03:00[Europe/Moscow]",
            "завтра at 15:00      | 2026-11-28T15:00+03:00[Europe/Moscow]",
            "10.01 15:00          | 2027-01-10T15:00+03:00[Europe/Moscow]",
            "27.11 16:00          | 2027-11-27T16:00+03:00[Europe/Moscow]"})
    void readsEverydayForms(String input, String expected) {
        WhenParser.When when = parser.parse(input, NOW);
        assertThat(when.status()).isEqualTo(Status.OK);
        assertThat(when.at()).isEqualTo(ZonedDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.2027 15:00", "30.13.2026 10:00", "25.12.2026 25:00", "25.12.2026 15:60",
            "29.02.2027 10:00"})
    void refusesImpossibleDates(String input) {
        assertThat(parser.parse(input, NOW).status()).isEqualTo(Status.IMPOSSIBLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01.01.2026 10:00", "27.11.2026 16:30", "сегодня 09:00", "2020-05-05 10:00"})
    void recognisesPastTimes(String input) {
        assertThat(parser.parse(input, NOW).status()).isEqualTo(Status.PAST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "скоро", "25 декабря", "15:00", "вчера 15:00", "25.12.2026", "abc 10:00"})
    void saysWhatItDoesNotUnderstand(String input) {
        assertThat(parser.parse(input, NOW).status()).isEqualTo(Status.UNRECOGNISED);
    }
}
