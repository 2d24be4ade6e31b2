package ru.mumo.telegram.internal.outbox;

/** One entry of a command menu set with setMyCommands. */
public record MenuItem(String command, String description) {
}
