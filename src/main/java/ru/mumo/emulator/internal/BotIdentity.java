package ru.mumo.emulator.internal;

/** Who the emulated bot is; the id is the numeric prefix of its token, as in Telegram. */
public record BotIdentity(long id, String username, String token) {
}
