package ru.mumo.telegram;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Without a token there is nothing to talk to: say in one line what to set and stop, before any database or
 * thread is started. Registered by {@code main} only, so tests that build their own application never stop.
 */
public class TokenCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    public static final int EXIT_CODE = 2;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String token = event.getEnvironment().getProperty("app.telegram.token");
        if (token == null || token.isBlank()) {
            System.err.println("TELEGRAM_BOT_TOKEN is not set: set it to your bot's token from @BotFather "
                    + "(and TELEGRAM_API_URL to use a Bot API server other than Telegram's own).");
            System.exit(EXIT_CODE);
        }
    }
}
