package ru.mumo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import com.ibm.icu.text.MessageFormat;

import org.junit.jupiter.api.Test;

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
    void russianPluralsFollowTheLanguage() {
        assertThat(members(1)).endsWith("1 участник");
        assertThat(members(2)).endsWith("2 участника");
        assertThat(members(5)).endsWith("5 участников");
        assertThat(members(11)).endsWith("11 участников");
        assertThat(members(21)).endsWith("21 участник");
        assertThat(members(22)).endsWith("22 участника");
        assertThat(messages.text(Language.EN, "members.header", "association", "A", "count", 1)).endsWith("1 member");
        assertThat(messages.text(Language.EN, "members.header", "association", "A", "count", 3)).endsWith("3 members");
    }

    private String members(int count) {
        return messages.text(Language.RU, "members.header", "association", "МУМО", "count", count);
    }
}
