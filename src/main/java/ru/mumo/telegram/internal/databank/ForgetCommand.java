package ru.mumo.telegram.internal.databank;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Caller;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.dialog.Dialogs;

/**
 * {@code /forget}: withdraws consent and erases the person's data, after a confirmation button. Someone who only
 * began registering may use it too: what they typed so far is erased.
 */
@Component
class ForgetCommand implements Command {

    private final Dialogs dialogs;

    ForgetCommand(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public String name() {
        return "forget";
    }

    /** Listed for the registered; {@link #allows} lets in those who are registering. */
    @Override
    public Access access() {
        return Access.REGISTERED;
    }

    @Override
    public boolean allows(Caller caller) {
        return ForgetButtons.holdsData(caller, dialogs);
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
