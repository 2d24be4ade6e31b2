package ru.mumo.telegram.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
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
        if (endStaleDialog(caller) && (text == null || !text.startsWith("/"))) {
            return;
        }
        Optional<DialogState> dialog = dialogs.current(from.getId());
        if (message.hasDocument()) {
            onDocument(caller, message, dialog);
        } else if (text == null) {
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

    /**
     * Ends, with a word to the person, a dialog that expired or that their role no longer allows (an officer
     * removed or demoted meanwhile, whose next steps need the role). Tells whether it did.
     */
    private boolean endStaleDialog(Caller caller) {
        String why = null;
        if (dialogs.endExpired(caller.telegramUserId())) {
            why = "dialog.expired";
        } else {
            Optional<DialogState> state = dialogs.current(caller.telegramUserId());
            if (state.isPresent() && !dialogs.dialog(state.get()).access().allows(caller)) {
                dialogs.end(state.get());
                why = "dialog.ended.role";
            }
        }
        if (why != null) {
            request(caller, null, null, null).reply(why);
        }
        return why != null;
    }

    /** A file goes to the dialog that asked for files (an announcement, meeting materials); elsewhere it is explained. */
    private void onDocument(Caller caller, Message message, Optional<DialogState> dialog) {
        Document document = message.getDocument();
        Request request = new Request(caller, message.getCaption(), null, null,
                new IncomingFile(document.getFileId(), document.getFileName(), document.getMimeType(),
                        document.getFileSize()), outbox, messages);
        if (consent.holds(caller)) {
            consent.ask(request);
        } else if (dialog.isPresent()) {
            guarded(request, () -> dialogs.dialog(dialog.get()).onDocument(request, dialog.get()));
        } else {
            request.reply(caller.registered() ? "error.file.outside.dialog" : "error.stranger.text");
        }
    }

    private void onCommand(Caller caller, String text, Optional<DialogState> dialog) {
        // The command ends at the first space or line break: "/vote_open\nQuestion" is "/vote_open Question".
        int end = 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String word = text.substring(1, end);
        String name = word.contains("@") ? word.substring(0, word.indexOf('@')) : word;
        name = name.toLowerCase(Locale.ROOT);
        Request request = request(caller, text.substring(end), null, null);
        Command command = registry.command(name).orElse(null);
        if (command == null) {
            request.reply("error.unknown.command", "command", "/" + shortened(name));
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
        if (!command.allows(caller)) {
            request.reply(refusalKey(caller));
            return;
        }
        guarded(request, () -> command.execute(request));
    }

    private void onButton(CallbackQuery query) {
        User from = query.getFrom();
        // Only a person who has not blocked the bot can press its buttons.
        reachability.markReachable(from.getId(), true);
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
        } else if (!handler.allows(caller)) {
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
            request.refuse(e.messageKey(), e.arguments());
        }
    }

    /** Telegram's commands have at most 32 characters; a longer "command" is echoed only in part. */
    private static String shortened(String name) {
        return name.length() <= 32 ? name : name.substring(0, 32) + "…";
    }

    private static String refusalKey(Caller caller) {
        return caller.registered() ? "error.role" : "error.stranger.command";
    }

    private Request request(Caller caller, String argument, Long originMessageId, String callbackQueryId) {
        return new Request(caller, argument, originMessageId, callbackQueryId, null, outbox, messages);
    }
}
