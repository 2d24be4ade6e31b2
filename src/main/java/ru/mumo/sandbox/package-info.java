/**
 * The sandbox: the whole bot without Telegram. With no token (and {@code app.sandbox.allowed}, which
 * {@code ./mvnw spring-boot:run} sets), the real bot talks through the real TelegramBots client to the in-process
 * Bot API emulator, and a page on localhost shows the phones of several people side by side.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sandbox")
package ru.mumo.sandbox;
