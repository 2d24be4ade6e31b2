package ru.mumo.emulator.internal;

import ru.mumo.emulator.TestUser;

import java.util.LinkedHashMap;
import java.util.Map;

/** A private chat between the bot and a user who wrote to it. Guarded by the {@link World}. */
final class ChatState {

    final Map<Long, StoredMessage> messages = new LinkedHashMap<>();
    TestUser user;
    private long lastMessageId;

    ChatState(TestUser user) {
        this.user = user;
    }

    /** Both sides share one sequence of message ids per chat, starting at 1. */
    long nextMessageId() {
        return ++lastMessageId;
    }
}
