package ru.mumo.databank;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

import ru.mumo.databank.InvalidProfileValue.Reason;

/** Reads and checks one typed answer for a profile field; the checks that involve two fields are elsewhere. */
public final class ProfileAnswers {

    public static final int MAX_NAME = 150;
    public static final int MAX_TEXT = 500;
    public static final int MAX_YEARS = 60;
    public static final int MIN_AGE = 18;
    public static final int MAX_AGE = 100;
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L} .'’-]*");
    private static final Pattern YEARS = Pattern.compile("\\d{1,3}");

    private ProfileAnswers() {
    }

    /** The stored value for {@code answer}, or an {@link InvalidProfileValue} saying what is wrong with it. */
    public static Object read(ProfileField field, String answer, LocalDate today) {
        String text = answer == null ? "" : answer.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new InvalidProfileValue(Reason.EMPTY);
        }
        return switch (field.kind()) {
            case NAME -> name(text);
            case TEXT -> text(text);
            case YEARS -> years(text);
            case DATE -> date(text, today);
            case CHOICE -> choice(field, text);
        };
    }

    private static String name(String text) {
        if (text.length() > MAX_NAME) {
            throw new InvalidProfileValue(Reason.TOO_LONG, 0, MAX_NAME);
        }
        if (!NAME.matcher(text).matches() || text.split(" ").length < 2) {
            throw new InvalidProfileValue(Reason.NOT_A_NAME);
        }
        return text;
    }

    private static String text(String text) {
        if (text.length() < 2) {
            throw new InvalidProfileValue(Reason.TOO_SHORT);
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidProfileValue(Reason.TOO_LONG, 0, MAX_TEXT);
        }
        return text;
    }

    private static Integer years(String text) {
        if (!YEARS.matcher(text).matches()) {
            throw new InvalidProfileValue(Reason.NOT_A_NUMBER, 0, MAX_YEARS);
        }
        int years = Integer.parseInt(text);
        if (years > MAX_YEARS) {
            throw new InvalidProfileValue(Reason.OUT_OF_RANGE, 0, MAX_YEARS);
        }
        return years;
    }

    private static LocalDate date(String text, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidProfileValue(Reason.NOT_A_DATE);
        }
        if (date.isAfter(today)) {
            throw new InvalidProfileValue(Reason.DATE_IN_FUTURE);
        }
        int age = Period.between(date, today).getYears();
        if (age < MIN_AGE || age > MAX_AGE) {
            throw new InvalidProfileValue(Reason.AGE_OUT_OF_RANGE, MIN_AGE, MAX_AGE);
        }
        return date;
    }

    private static Object choice(ProfileField field, String text) {
        if (field == ProfileField.EDUCATION_LEVEL) {
            return enumValue(EducationLevel.class, text);
        }
        return enumValue(Category.class, text);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidProfileValue(Reason.CHOOSE_A_BUTTON);
        }
    }
}
