package ru.mumo.telegram.internal.outbox;

/**
 * Hears how the messages sent under a reference key ended, for a capability that reports on its delivery (an
 * announcement's report). Called by the sender after the row's fate is committed, outside any transaction; a
 * watcher that fails is logged and does not stop the sender.
 */
public interface DeliveryWatcher {

    /** Whether messages under this reference key concern the watcher. */
    boolean watches(String refKey);

    /**
     * The message under {@code refKey} reached the chat ({@code delivered}), or was given up with {@code error}:
     * Telegram's description ("Forbidden: bot was blocked by the user"), or "unreachable" for a chat known to
     * have blocked the bot.
     */
    void finished(String refKey, boolean delivered, String error);
}
