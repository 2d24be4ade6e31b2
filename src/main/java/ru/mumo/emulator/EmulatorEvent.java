package ru.mumo.emulator;

/** What happens in the emulated chats, for a UI that displays them. Delivered on the emulator's HTTP threads. */
public sealed interface EmulatorEvent {

    record UserMessageSent(TestUser user, long messageId, String text) implements EmulatorEvent {
    }

    record MessageSent(BotMessage message) implements EmulatorEvent {
    }

    record DocumentSent(BotMessage message) implements EmulatorEvent {
    }

    record MessageEdited(BotMessage message) implements EmulatorEvent {
    }

    record MessageDeleted(BotMessage message) implements EmulatorEvent {
    }

    record CallbackAnswered(CallbackAnswer answer) implements EmulatorEvent {
    }
}
