package ru.mumo.telegram.internal.meetings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads reminder offsets as officers type them: {@code 24h 1h}, {@code 24 1} (hours), {@code 48ч, 30мин},
 * {@code 2d}. Whether the values are acceptable is the domain's decision.
 */
final class OffsetParser {

    private static final Pattern OFFSET = Pattern.compile("(\\d{1,5})(h|ч|m|м|мин|min|d|д)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private OffsetParser() {
    }

    /** The offsets, or empty when any part is not an offset. */
    static Optional<List<Duration>> parse(String input) {
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
            String unit = m.group(2) == null ? "h" : m.group(2);
            offsets.add(switch (unit) {
                case "m", "м", "мин", "min" -> Duration.ofMinutes(amount);
                case "d", "д" -> Duration.ofDays(amount);
                default -> Duration.ofHours(amount);
            });
        }
        return Optional.of(offsets);
    }
}
