package ru.mumo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import com.ibm.icu.text.MessageFormat;

import org.junit.jupiter.api.Test;

import ru.mumo.membership.Regulation;
import ru.mumo.membership.TestRegulations;

class MessagesSyncTests {

    private final Messages messages = new Messages();

    @Test
    void everyKeyExistsInBothLanguages() {
        assertThat(messages.keys(Language.EN)).containsExactlyInAnyOrderElementsOf(messages.keys(Language.RU));
    }

    @Test
    void everyTextIsAValidPatternInBothLanguages() {
        for (Language language : Language.values()) {
            for (String key : messages.keys(language)) {
                Object[] arguments = new MessageFormat(messages.pattern(language, key), language.locale())
                        .getArgumentNames().stream().flatMap(name -> Stream.of(name, 2)).toArray();
                assertThat(messages.text(language, key, arguments)).as(language + " " + key).isNotBlank()
                        .doesNotContain("''");
            }
        }
    }

    @Test
    void everyRegulationHasItsNameInBothLanguages() {
        for (Regulation regulation : TestRegulations.catalog().regulations()) {
            for (Language language : Language.values()) {
                assertThat(messages.has(language, "regulation.name." + regulation.code())).as(language + " "
                        + regulation.code()).isTrue();
            }
        }
    }

    @Test
    void theConsentVersionIsTheSameInEveryLanguage() {
        // A person's accepted version is compared with the one of their language: a mismatch would re-ask some.
        assertThat(messages.text(Language.EN, "consent.version")).isEqualTo(messages.text(Language.RU, "consent.version"));
    }

    @Test
    void russianPluralsFollowTheLanguage() {
        assertThat(members(1)).endsWith("1 член МУМО");
        assertThat(members(2)).endsWith("2 члена МУМО");
        assertThat(members(5)).endsWith("5 членов МУМО");
        assertThat(members(11)).endsWith("11 членов МУМО");
        assertThat(members(21)).endsWith("21 член МУМО");
        assertThat(members(22)).endsWith("22 члена МУМО");
        assertThat(messages.text(Language.EN, "members.header", "association", "A", "count", 1)).endsWith("1 member");
        assertThat(messages.text(Language.EN, "members.header", "association", "A", "count", 3)).endsWith("3 members");
    }

    private String members(int count) {
        return messages.text(Language.RU, "members.header", "association", "МУМО", "count", count);
    }
}
