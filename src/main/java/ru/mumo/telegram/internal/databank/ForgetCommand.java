package ru.mumo.telegram.internal.databank;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /forget}: withdraws consent and erases the person's data, after a confirmation button. */
@Component
class ForgetCommand implements Command {

    @Override
    public String name() {
        return "forget";
    }

    @Override
    public Access access() {
        return Access.REGISTERED;
    }

    @Override
    public boolean worksInDialog() {
        return true;
    }

    @Override
    public boolean worksBeforeConsent() {
        return true;
    }

    @Override
    public void execute(Request request) {
        ForgetButtons.ask(request);
    }
}
