package ru.mumo.shared;

import java.util.Locale;

/** The languages the bot speaks; Russian is the default for everyone who is not explicitly English. */
public enum Language {
    RU, EN;

    public static Language fromTelegramCode(String languageCode) {
        return languageCode != null && languageCode.toLowerCase(Locale.ROOT).startsWith("en") ? EN : RU;
    }

    public Locale locale() {
        return this == EN ? Locale.ENGLISH : Locale.forLanguageTag("ru");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
