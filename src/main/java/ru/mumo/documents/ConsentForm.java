package ru.mumo.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import ru.mumo.documents.internal.Docx;
import ru.mumo.membership.Person;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/**
 * The consent to the processing of personal data as a paper to print and sign (S 3.6 keeps the data bank with the
 * member's written consent), in the wording of {@code consent.text}, with the person's name written in. The text's
 * first paragraph is its title; its last tells how to accept in the chat, so the paper ends with the date and
 * signature lines instead. Always in Russian, like every paper.
 */
@Component
public class ConsentForm {

    private final Messages messages;

    ConsentForm(Messages messages) {
        this.messages = messages;
    }

    public static String fileName() {
        return "soglasie-na-obrabotku-pd.docx";
    }

    public byte[] build(Person person) {
        List<String> paragraphs = Arrays.asList(text("consent.text").split("\n\n"));
        try (Docx docx = new Docx()) {
            docx.title(paragraphs.get(0).toUpperCase(Locale.ROOT)).blank();
            for (int i = 1; i < paragraphs.size() - 1; i++) {
                String paragraph = paragraphs.get(i);
                docx.text(i == 1 && paragraph.startsWith("Я, ")
                        ? "Я, " + person.getFullName() + ", " + paragraph.substring(3) : paragraph);
            }
            return docx.blank()
                    .text(text("consent.form.written"))
                    .blank()
                    .line(text("consent.form.work", "work", orBlank(person.getWorkPlace()),
                            "position", orBlank(person.getPosition())))
                    .blank()
                    .signature(text("consent.form.date"), person.getFullName())
                    .blank()
                    .line(text("consent.form.version", "version", text("consent.version")))
                    .bytes();
        }
    }

    private static String orBlank(String value) {
        return value == null || value.isBlank() ? "____________________" : value;
    }

    private String text(String key, Object... arguments) {
        return messages.text(Language.RU, key, arguments);
    }
}
