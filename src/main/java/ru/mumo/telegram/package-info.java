/**
 * The Telegram adapter, the only module that imports {@code org.telegram.*}: long polling or the webhook with
 * once-only processing, the command and button dispatcher, dialogs, the persistent outbox and the senders that
 * share it across instances, and the health and metrics of all that.
 * Inside {@code internal/}, a core that names no capability, {@code dialog/}, {@code outbox/} and
 * {@code operations/} shared by all, and one folder per capability holding its commands, buttons, dialogs and
 * texts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Telegram",
        allowedDependencies = { "databank", "deadlines", "documents", "meetings", "membership", "shared", "voting" })
package ru.mumo.telegram;
