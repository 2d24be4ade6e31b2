package ru.mumo.telegram.internal;

import java.util.Set;

import org.springframework.stereotype.Component;

import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.membership.ConsentRenewal;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * Holds back a registered person whose accepted consent is older than the current text in {@code messages/}:
 * before anything else they get the new text with Accept / Decline. Only what they need to decide stays open:
 * help, language, their data (/mydata) and its erasure (/forget).
 */
@Component
public class ConsentGate {

    private static final Set<String> OPEN_COMMANDS = Set.of("start", "help", "cancel", "language", "mydata", "forget");
    private static final Set<String> OPEN_BUTTONS = Set.of(ConsentRenewal.PREFIX, "forget", "lang", "consent");

    private final Messages messages;

    ConsentGate(Messages messages) {
        this.messages = messages;
    }

    /** Whether the caller must accept the current consent text before going on. */
    public boolean holds(Caller caller) {
        return caller.registered()
                && !messages.text(caller.language(), "consent.version").equals(caller.person().getConsentVersion());
    }

    boolean holdsCommand(Caller caller, String command) {
        return holds(caller) && !OPEN_COMMANDS.contains(command);
    }

    boolean holdsButton(Caller caller, String prefix) {
        return holds(caller) && !OPEN_BUTTONS.contains(prefix);
    }

    /** Shows the new consent text with its buttons. */
    public void ask(Request request) {
        request.reply("consent.renew.intro");
        request.send(request.text("consent.text"), Keyboard.of(
                Button.callback(request.text("consent.accept"), ButtonHandler.data(ConsentRenewal.PREFIX, "yes")),
                Button.callback(request.text("consent.decline"), ButtonHandler.data(ConsentRenewal.PREFIX, "no"))));
    }
}
