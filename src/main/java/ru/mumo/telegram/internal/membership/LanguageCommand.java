package ru.mumo.telegram.internal.membership;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/** {@code /language}: Русский or English. */
@Component
class LanguageCommand implements Command {

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Access access() {
        return Access.EVERYONE;
    }

    @Override
    public boolean worksBeforeConsent() {
        return true;
    }

    @Override
    public void execute(Request request) {
        request.send(request.text("language.choose"), Keyboard.of(
                Button.callback("Русский", ButtonHandler.data(LanguageButtons.PREFIX, "RU")),
                Button.callback("English", ButtonHandler.data(LanguageButtons.PREFIX, "EN"))));
    }
}
