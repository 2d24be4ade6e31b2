package ru.mumo.emulator;

import java.util.Objects;

/**
 * A simulated Telegram user. Their private chat with the bot has the same id as the user, as in Telegram.
 *
 * @param lastName     may be null
 * @param username     without "@", may be null
 * @param languageCode IETF tag such as "ru", may be null
 */
public record TestUser(long id, String firstName, String lastName, String username, String languageCode) {

    public TestUser {
        if (id <= 0) {
            throw new IllegalArgumentException("user ids are positive, got " + id);
        }
        Objects.requireNonNull(firstName, "firstName");
        if (firstName.isBlank()) {
            throw new IllegalArgumentException("Telegram users always have a first name");
        }
    }

    public static TestUser of(long id, String firstName) {
        return new TestUser(id, firstName, null, null, null);
    }
}
