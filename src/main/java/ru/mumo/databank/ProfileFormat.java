package ru.mumo.databank;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/** How profile fields and their values read in a given language: shared by the card, /mydata and the export. */
@Component
public class ProfileFormat {

    private final Messages messages;

    ProfileFormat(Messages messages) {
        this.messages = messages;
    }

    public String label(ProfileField field, Language language) {
        return messages.text(language, "profile.field." + field.name());
    }

    /**
     * The text by which a value identifies its person wherever it was copied (a name, a school, a date of birth, an
     * award); {@code null} for none and for the choices and numbers that many people share.
     */
    static String identifying(Object value) {
        return value instanceof String text ? text
                : value instanceof LocalDate date ? ProfileAnswers.DATE.format(date) : null;
    }

    /** The value as a person reads it, or {@code null} when the field has no answer. */
    public String value(ProfileField field, Object value, Language language) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> choice) {
            return choice(field, choice.name(), language);
        }
        if (value instanceof LocalDate date) {
            return ProfileAnswers.DATE.format(date);
        }
        if (value instanceof Integer years) {
            return messages.text(language, "profile.years", "count", years);
        }
        return value.toString();
    }

    public String choice(ProfileField field, String choice, Language language) {
        return messages.text(language, "profile.choice." + field.name() + "." + choice);
    }
}
