/**
 * The Telegram adapter, the only module that imports {@code org.telegram.*}: long polling or the webhook with
 * once-only processing, the command and button dispatcher, dialogs, the persistent outbox and the senders that
 * share it across instances, and the health and metrics of all that.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Telegram")
package ru.mumo.telegram;
