package ru.mumo.telegram.internal;

import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** What every instance does once Telegram answers, before it takes updates: learn its name, set the menus. */
@Component
class BotIntroduction {

    private final TelegramClient telegram;
    private final BotIdentity identity;
    private final CommandMenus menus;

    BotIntroduction(TelegramClient telegram, BotIdentity identity, CommandMenus menus) {
        this.telegram = telegram;
        this.identity = identity;
        this.menus = menus;
    }

    /** Returns the bot's username. */
    String introduce() throws TelegramApiException {
        User me = telegram.execute(new GetMe());
        identity.learn(me.getUserName());
        menus.publishDefaults();
        return me.getUserName();
    }
}
