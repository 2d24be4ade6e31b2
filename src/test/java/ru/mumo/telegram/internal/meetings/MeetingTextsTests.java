package ru.mumo.telegram.internal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import ru.mumo.meetings.Quorum;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

class MeetingTextsTests {

    private final MeetingTexts texts = new MeetingTexts(new Messages());

    @Test
    void quorumReadsAsTheIssueAsks() {
        assertThat(texts.quorum(Language.EN, Quorum.of(10, 6))).isEqualTo("6 of 10 present, quorum needs 6: quorate");
        assertThat(texts.quorum(Language.EN, Quorum.of(10, 5)))
                .isEqualTo("5 of 10 present, quorum needs 6: not quorate");
        assertThat(texts.quorum(Language.RU, Quorum.of(10, 6)))
                .isEqualTo("6 из 10 присутствуют, для кворума нужно 6: кворум есть");
        assertThat(texts.quorum(Language.RU, Quorum.of(9, 4)))
                .isEqualTo("4 из 9 присутствуют, для кворума нужно 5: кворума нет");
    }

    @Test
    void russianPresentAgreesWithTheNumber() {
        assertThat(texts.quorum(Language.RU, Quorum.of(11, 1))).startsWith("1 из 11 присутствует,");
        assertThat(texts.quorum(Language.RU, Quorum.of(30, 21))).startsWith("21 из 30 присутствует,");
        assertThat(texts.quorum(Language.RU, Quorum.of(30, 11))).startsWith("11 из 30 присутствуют,");
    }

    @Test
    void remindersSayHowSoon() {
        assertThat(texts.before(Language.RU, Duration.ofHours(24))).isEqualTo("через 24 часа");
        assertThat(texts.before(Language.RU, Duration.ofHours(1))).isEqualTo("через 1 час");
        assertThat(texts.before(Language.RU, Duration.ofHours(5))).isEqualTo("через 5 часов");
        assertThat(texts.before(Language.RU, Duration.ofMinutes(30))).isEqualTo("через 30 минут");
        assertThat(texts.before(Language.EN, Duration.ofHours(1))).isEqualTo("in 1 hour");
    }
}
