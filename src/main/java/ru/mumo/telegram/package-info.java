/**
 * The Telegram adapter, the only module that imports {@code org.telegram.*}: long polling with once-only
 * processing, the command and button dispatcher, dialogs, the persistent outbox and its rate-limited sender.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Telegram")
package ru.mumo.telegram;
