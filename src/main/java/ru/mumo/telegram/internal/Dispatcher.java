package ru.mumo.telegram.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import ru.mumo.shared.Messages;
import ru.mumo.shared.Refusal;
import ru.mumo.telegram.internal.dialog.DialogState;
import ru.mumo.telegram.internal.dialog.Dialogs;
import ru.mumo.telegram.internal.outbox.Outbox;
import ru.mumo.telegram.internal.outbox.Reachability;

/**
 * Routes an update to its command, dialog step or button handler, after checking that the caller's role allows
 * it. Owns the fallbacks, so that every input gets a polite answer: an unknown command, text outside a dialog,
 * a button that is no longer active, a refusal by the rules.
 */
@Component
class Dispatcher {

    private final Registry registry;
    private final Callers callers;
    private final Dialogs dialogs;
    private final Outbox outbox;
    private final Messages messages;
    private final Reachability reachability;
    private final ConsentGate consent;

    Dispatcher(Registry registry, Callers callers, Dialogs dialogs, Outbox outbox,
            Messages messages, Reachability reachability, ConsentGate consent) {
        this.registry = registry;
        this.callers = callers;
        this.dialogs = dialogs;
        this.outbox = outbox;
        this.messages = messages;
        this.reachability = reachability;
        this.consent = consent;
    }

    void dispatch(Update update) {
        if (update.hasMessage() && update.getMessage().isUserMessage()) {
            onMessage(update.getMessage());
        } else if (update.hasCallbackQuery()) {
            onButton(update.getCallbackQuery());
        }
    }

    /** Tells the person that something went wrong on our side; used after the update's own work rolled back. */
    void apologise(Update update) {
        User from = update.hasMessage() ? update.getMessage().getFrom()
                : update.hasCallbackQuery() ? update.getCallbackQuery().getFrom() : null;
        if (from == null) {
            return;
        }
        Caller caller = callers.resolve(from.getId(), from.getLanguageCode());
        if (update.hasCallbackQuery()) {
            outbox.answer(update.getCallbackQuery().getId(), messages.text(caller.language(), "error.internal"), true);
        } else if (update.getMessage().isUserMessage()) {
            outbox.send(from.getId(), messages.text(caller.language(), "error.internal"), null);
        }
    }

    private void onMessage(Message message) {
        User from = message.getFrom();
        reachability.markReachable(from.getId(), true);
        Caller caller = callers.resolve(from.getId(), from.getLanguageCode());
        String text = message.hasText() ? message.getText().strip() : null;
        Optional<DialogState> dialog = dialogs.current(from.getId());
        if (text == null) {
            Request request = request(caller, null, null, null);
            request.reply("error.text.only");
            dialog.ifPresent(state -> dialogs.dialog(state).repeatQuestion(request, state));
        } else if (text.startsWith("/")) {
            onCommand(caller, text, dialog);
        } else if (consent.holds(caller) && !dialog.map(d -> dialogs.dialog(d).asksConsentItself()).orElse(false)) {
            consent.ask(request(caller, null, null, null));
        } else if (dialog.isPresent()) {
            Request request = request(caller, text, null, null);
            guarded(request, () -> dialogs.dialog(dialog.get()).onText(request, dialog.get()));
        } else {
            request(caller, null, null, null).reply(caller.registered() ? "error.not.understood" : "error.stranger.text");
        }
    }

    private void onCommand(Caller caller, String text, Optional<DialogState> dialog) {
        int space = text.indexOf(' ');
        String word = (space < 0 ? text.substring(1) : text.substring(1, space));
        String name = word.contains("@") ? word.substring(0, word.indexOf('@')) : word;
        name = name.toLowerCase(Locale.ROOT);
        Request request = request(caller, space < 0 ? "" : text.substring(space + 1), null, null);
        Command command = registry.command(name).orElse(null);
        if (command == null) {
            request.reply("error.unknown.command", "command", "/" + name);
            dialog.ifPresent(state -> dialogs.dialog(state).repeatQuestion(request, state));
            return;
        }
        if (consent.holds(caller, command)) {
            consent.ask(request);
            return;
        }
        if (dialog.isPresent() && !command.worksInDialog()) {
            request.reply("dialog.busy");
            dialogs.dialog(dialog.get()).repeatQuestion(request, dialog.get());
            return;
        }
        if (!command.access().allows(caller)) {
            request.reply(refusalKey(caller));
            return;
        }
        guarded(request, () -> command.execute(request));
    }

    private void onButton(CallbackQuery query) {
        User from = query.getFrom();
        Caller caller = callers.resolve(from.getId(), from.getLanguageCode());
        Long originMessageId = query.getMessage() == null ? null : query.getMessage().getMessageId().longValue();
        String data = query.getData() == null ? "" : query.getData();
        int colon = data.indexOf(':');
        ButtonHandler handler = registry.button(colon < 0 ? data : data.substring(0, colon)).orElse(null);
        Request request = request(caller, null, originMessageId, query.getId());
        if (handler == null) {
            request.answer("button.inactive");
        } else if (consent.holds(caller, handler)) {
            request.alert("consent.renew.first");
            consent.ask(request);
        } else if (!handler.access().allows(caller)) {
            request.alert(refusalKey(caller));
        } else {
            guarded(request, () -> handler.press(request, new ButtonData(colon < 0 ? "" : data.substring(colon + 1))));
        }
        request.answerIfUnanswered();
    }

    /** Turns a refusal by the rules into a polite answer; the rules changed nothing when they refused. */
    private void guarded(Request request, Runnable action) {
        try {
            action.run();
        } catch (InactiveButton e) {
            request.answer("button.inactive");
        } catch (Refusal e) {
            refuse(request, e.messageKey(), e.arguments());
        }
    }

    private static void refuse(Request request, String key, Object[] arguments) {
        if (request.isButtonPress()) {
            request.alert(key, arguments);
        } else {
            request.reply(key, arguments);
        }
    }

    private static String refusalKey(Caller caller) {
        return caller.registered() ? "error.role" : "error.stranger.command";
    }

    private Request request(Caller caller, String argument, Long originMessageId, String callbackQueryId) {
        return new Request(caller, argument, originMessageId, callbackQueryId, outbox, messages);
    }
}
