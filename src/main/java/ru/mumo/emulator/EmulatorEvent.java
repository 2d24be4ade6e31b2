package ru.mumo.emulator;

/**
 * What happens in the emulated chats, for a UI that displays them. Delivered on the thread that caused it
 * (an HTTP thread of the emulator, or the caller of userSends), before the bot gets its answer.
 */
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
