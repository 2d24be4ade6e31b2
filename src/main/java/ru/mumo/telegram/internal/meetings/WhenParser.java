package ru.mumo.telegram.internal.meetings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Request;

/**
 * Reads a meeting's date and time as people type them: {@code 25.12.2026 15:00}, {@code 25.12.26 15:00},
 * {@code 25.12 15:00} (the next such day), {@code 2026-12-25 15:00}, or a day word such as "tomorrow" with the
 * time, with an optional word such as "at" before the time (the words are in {@code messages/}, keys
 * {@code parse.when.*}). The date is read in the association's time zone.
 */
@Component
class WhenParser {

    enum Status {
        OK, UNRECOGNISED, IMPOSSIBLE, PAST
    }

    record When(Status status, ZonedDateTime at) {

        static When of(Status status) {
            return new When(status, null);
        }
    }

    private final Map<String, Integer> daysFromToday = new HashMap<>();
    private final Pattern form;

    WhenParser(InputWords words) {
        words.of("parse.when.today").forEach(w -> daysFromToday.put(w, 0));
        words.of("parse.when.tomorrow").forEach(w -> daysFromToday.put(w, 1));
        words.of("parse.when.day.after.tomorrow").forEach(w -> daysFromToday.put(w, 2));
        String at = words.of("parse.when.at").stream().map(Pattern::quote).collect(Collectors.joining("|"));
        this.form = Pattern.compile(
                "(?:(?<word>\\p{L}+)"
                        + "|(?<d>\\d{1,2})[./](?<m>\\d{1,2})(?:[./](?<y>\\d{4}|\\d{2}))?"
                        + "|(?<iy>\\d{4})-(?<im>\\d{1,2})-(?<id>\\d{1,2}))"
                        + "\\s*,?\\s*(?:(?:" + at + ")\\s+)?(?<h>\\d{1,2})[:.](?<min>\\d{2})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The date and time in {@code answer}, or empty after telling the person what is wrong with it. */
    Optional<ZonedDateTime> readOrExplain(Request request, String answer, ZonedDateTime now) {
        When when = parse(answer, now);
        switch (when.status()) {
            case OK -> {
                return Optional.of(when.at());
            }
            case IMPOSSIBLE -> request.reply("meeting.when.impossible", "input", answer);
            case PAST -> request.reply("meeting.when.past", "when", MeetingTexts.WHEN.format(when.at()));
            default -> request.reply("meeting.when.unrecognised");
        }
        return Optional.empty();
    }

    When parse(String input, ZonedDateTime now) {
        Matcher m = form.matcher(input.strip().replaceAll("\\s+", " "));
        if (!m.matches()) {
            return When.of(Status.UNRECOGNISED);
        }
        try {
            LocalTime time = LocalTime.of(Integer.parseInt(m.group("h")), Integer.parseInt(m.group("min")));
            LocalDate date;
            boolean yearGiven = true;
            if (m.group("word") != null) {
                Integer days = daysFromToday.get(m.group("word").toLowerCase(Locale.ROOT));
                if (days == null) {
                    return When.of(Status.UNRECOGNISED);
                }
                date = now.toLocalDate().plusDays(days);
            } else if (m.group("iy") != null) {
                date = LocalDate.of(Integer.parseInt(m.group("iy")), Integer.parseInt(m.group("im")),
                        Integer.parseInt(m.group("id")));
            } else {
                yearGiven = m.group("y") != null;
                int year = !yearGiven ? now.getYear()
                        : m.group("y").length() == 2 ? 2000 + Integer.parseInt(m.group("y"))
                        : Integer.parseInt(m.group("y"));
                date = LocalDate.of(year, Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
            }
            ZonedDateTime at = ZonedDateTime.of(date, time, now.getZone());
            if (!yearGiven && !at.isAfter(now)) {
                at = nextYear(date, time, now);
            }
            return at.isAfter(now) ? new When(Status.OK, at) : new When(Status.PAST, at);
        } catch (DateTimeException e) {
            return When.of(Status.IMPOSSIBLE);
        }
    }

    /** "25.12" typed on 26 December means next year's; 29.02 then has to exist next year too. */
    private static ZonedDateTime nextYear(LocalDate date, LocalTime time, ZonedDateTime now) {
        return ZonedDateTime.of(LocalDate.of(date.getYear() + 1, date.getMonthValue(), date.getDayOfMonth()), time,
                now.getZone());
    }
}
