package ru.mumo.emulator;

/** One entry of a bot's command menu as Telegram stores it (trimmed, without the leading "/"). */
public record CommandEntry(String command, String description) {
}
