package ru.mumo.telegram.internal;

import org.springframework.stereotype.Component;

import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * Holds back a registered person whose accepted consent is older than the current text in {@code messages/}:
 * before anything else they get the new text with Accept / Decline. Only what they need to decide stays open:
 * the commands and buttons that say they work before consent (help, language, their data and its erasure).
 */
@Component
public class ConsentGate {

    /** The prefix of the Accept / Decline buttons under the new text, which the capability keeping consent handles. */
    public static final String BUTTONS = "reconsent";

    private final Messages messages;

    ConsentGate(Messages messages) {
        this.messages = messages;
    }

    /** Whether the caller must accept the current consent text before going on. */
    public boolean holds(Caller caller) {
        return caller.registered()
                && !messages.text(caller.language(), "consent.version").equals(caller.person().getConsentVersion());
    }

    boolean holds(Caller caller, Command command) {
        return holds(caller) && !command.worksBeforeConsent();
    }

    boolean holds(Caller caller, ButtonHandler button) {
        return holds(caller) && !button.worksBeforeConsent();
    }

    /** Shows the new consent text with its buttons. */
    public void ask(Request request) {
        request.reply("consent.renew.intro");
        request.send(request.text("consent.text"), Keyboard.of(
                Button.callback(request.text("consent.accept"), ButtonHandler.data(BUTTONS, "yes")),
                Button.callback(request.text("consent.decline"), ButtonHandler.data(BUTTONS, "no"))));
    }
}
