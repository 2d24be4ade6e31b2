package ru.mumo.telegram.internal.databank;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.databank.PersonalData;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.CommandMenus;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * The confirmation of /forget (also reached by declining a new consent text): {@code forget:yes} erases the
 * person's data, {@code forget:no} keeps everything.
 */
@Component
public class ForgetButtons implements ButtonHandler {

    public static final String PREFIX = "forget";

    private final PersonalData personalData;
    private final CommandMenus menus;

    ForgetButtons(PersonalData personalData, CommandMenus menus) {
        this.personalData = personalData;
        this.menus = menus;
    }

    /** Explains what /forget does and asks to confirm. */
    public static void ask(Request request) {
        request.send(request.text("forget.confirm"), Keyboard.column(List.of(
                Button.callback(request.text("forget.yes"), ButtonHandler.data(PREFIX, "yes")),
                Button.callback(request.text("forget.no"), ButtonHandler.data(PREFIX, "no")))));
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
    public boolean worksBeforeConsent() {
        return true;
    }

    @Override
    public void press(Request request, ButtonData data) {
        if (data.is(0, "yes")) {
            personalData.forget(request.caller().person());
            menus.resetChat(request.chatId(), request.language());
            request.editOrigin(request.text("forget.done"), null);
            request.answer("forget.done.short");
        } else {
            request.editOrigin(request.text("forget.kept"), null);
        }
    }
}
