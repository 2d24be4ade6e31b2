package ru.mumo.telegram.internal.databank;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import ru.mumo.databank.PersonalData;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Caller;
import ru.mumo.telegram.internal.ChatForgotten;
import ru.mumo.telegram.internal.CommandMenus;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.dialog.Dialogs;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * The confirmation of /forget (also reached by declining a new consent text): {@code forget:yes} erases the
 * person's data, {@code forget:no} keeps everything. For someone still registering, yes erases what they typed.
 */
@Component
public class ForgetButtons implements ButtonHandler {

    public static final String PREFIX = "forget";

    private final PersonalData personalData;
    private final CommandMenus menus;
    private final Dialogs dialogs;
    private final ApplicationEventPublisher events;

    ForgetButtons(PersonalData personalData, CommandMenus menus, Dialogs dialogs, ApplicationEventPublisher events) {
        this.personalData = personalData;
        this.menus = menus;
        this.dialogs = dialogs;
        this.events = events;
    }

    /** Explains what /forget does and asks to confirm. */
    public static void ask(Request request) {
        request.send(request.text(request.caller().registered() ? "forget.confirm" : "forget.confirm.registering"),
                Keyboard.column(List.of(
                        Button.callback(request.text("forget.yes"), ButtonHandler.data(PREFIX, "yes")),
                        Button.callback(request.text("forget.no"), ButtonHandler.data(PREFIX, "no")))));
    }

    /** Whether the bot holds anything the caller may erase: they are registered, or in the middle of registering. */
    static boolean holdsData(Caller caller, Dialogs dialogs) {
        return caller.registered() || dialogs.current(caller.telegramUserId()).isPresent();
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.REGISTERED;
    }

    @Override
    public boolean allows(Caller caller) {
        return holdsData(caller, dialogs);
    }

    @Override
    public boolean worksBeforeConsent() {
        return true;
    }

    @Override
    public void press(Request request, ButtonData data) {
        if (!data.is(0, "yes")) {
            request.editOrigin(request.text("forget.kept"), null);
        } else if (request.caller().registered()) {
            personalData.forget(request.caller().person());
            menus.resetChat(request.chatId(), request.language());
            request.editOrigin(request.text("forget.done"), null);
            request.answer("forget.done.short");
        } else {
            events.publishEvent(new ChatForgotten(request.chatId()));
            request.editOrigin(request.text("forget.done.registering"), null);
            request.answer("forget.done.short");
        }
    }
}
