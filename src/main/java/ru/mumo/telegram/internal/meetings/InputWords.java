package ru.mumo.telegram.internal.meetings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/**
 * The words people type in dates and durations ("tomorrow", "h"), kept with the texts: each key holds
 * alternatives separated by {@code |}, and every language's words are understood in every chat, since a
 * Russian speaker may well type "15:00 tomorrow" in English.
 */
@Component
class InputWords {

    private final Messages messages;

    InputWords(Messages messages) {
        this.messages = messages;
    }

    Set<String> of(String key) {
        return Arrays.stream(Language.values())
                .flatMap(language -> Arrays.stream(messages.text(language, key).split("\\|")))
                .map(word -> word.strip().toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toSet());
    }
}
