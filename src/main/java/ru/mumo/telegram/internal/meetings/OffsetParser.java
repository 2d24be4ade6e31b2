package ru.mumo.telegram.internal.meetings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Reads reminder offsets as officers type them: {@code 24h 1h}, {@code 24 1} (hours), {@code 48 h, 30 min},
 * {@code 2d}; the unit words are in {@code messages/} (keys {@code parse.offset.*}). Whether the values are
 * acceptable is the domain's decision.
 */
@Component
class OffsetParser {

    private static final Pattern OFFSET = Pattern.compile("(\\d{1,5})(\\p{L}+)?");

    private final Set<String> minutes;
    private final Set<String> hours;
    private final Set<String> days;

    OffsetParser(InputWords words) {
        this.minutes = words.of("parse.offset.minutes");
        this.hours = words.of("parse.offset.hours");
        this.days = words.of("parse.offset.days");
    }

    /** The offsets, or empty when any part is not an offset. */
    Optional<List<Duration>> parse(String input) {
        String text = input.strip().toLowerCase(Locale.ROOT).replaceAll("(\\d)\\s+(\\p{L})", "$1$2");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> offsets = new ArrayList<>();
        for (String token : text.split("[\\s,;]+")) {
            Matcher m = OFFSET.matcher(token);
            if (!m.matches()) {
                return Optional.empty();
            }
            long amount = Long.parseLong(m.group(1));
            String unit = m.group(2);
            if (unit == null || hours.contains(unit)) {
                offsets.add(Duration.ofHours(amount));
            } else if (minutes.contains(unit)) {
                offsets.add(Duration.ofMinutes(amount));
            } else if (days.contains(unit)) {
                offsets.add(Duration.ofDays(amount));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(offsets);
    }
}
