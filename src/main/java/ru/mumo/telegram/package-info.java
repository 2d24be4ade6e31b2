/**
 * The Telegram adapter, the only module that imports {@code org.telegram.*}: long polling with once-only
 * processing, the command and button dispatcher, dialogs, the persistent outbox and its rate-limited sender.
 * Inside {@code internal/}, a core that names no capability, {@code dialog/} and {@code outbox/} shared by all, and
 * one folder per capability holding its commands, buttons, dialogs and texts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Telegram",
        allowedDependencies = { "databank", "deadlines", "documents", "meetings", "membership", "shared", "voting" })
package ru.mumo.telegram;
