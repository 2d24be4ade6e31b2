package ru.mumo.telegram.internal;

import java.util.Arrays;

import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.outbox.Keyboard;
import ru.mumo.telegram.internal.outbox.Outbox;

/**
 * One incoming command, text or button press, with the means to answer it in the caller's language. Every
 * answer goes to the outbox in the transaction that handles the update.
 */
public final class Request {

    private final Caller caller;
    private final String argument;
    private final Long originMessageId;
    private final String callbackQueryId;
    private final IncomingFile file;
    private final Outbox outbox;
    private final Messages messages;
    private Language language;
    private boolean answered;

    Request(Caller caller, String argument, Long originMessageId, String callbackQueryId, IncomingFile file,
            Outbox outbox, Messages messages) {
        this.caller = caller;
        this.argument = argument == null ? "" : argument.strip();
        this.originMessageId = originMessageId;
        this.callbackQueryId = callbackQueryId;
        this.file = file;
        this.outbox = outbox;
        this.messages = messages;
        this.language = caller.language();
    }

    public Caller caller() {
        return caller;
    }

    public long chatId() {
        return caller.telegramUserId();
    }

    /** What followed the command, or the whole text outside a command; stripped. */
    public String argument() {
        return argument;
    }

    /** The document the person sent with this message, or {@code null}. */
    public IncomingFile file() {
        return file;
    }

    public Language language() {
        return language;
    }

    /** Answers in another language from now on, e.g. right after /language. */
    public void switchLanguage(Language language) {
        this.language = language;
    }

    /**
     * The text in the caller's language. The head's title follows the regulation of the association the caller acts
     * in ({@code title}: председатель or руководитель) unless the arguments name one; outside any association it is
     * the chair's.
     */
    public String text(String key, Object... arguments) {
        return messages.text(language, key, withTitle(arguments));
    }

    private Object[] withTitle(Object[] arguments) {
        for (int i = 0; i < arguments.length; i += 2) {
            if ("title".equals(arguments[i])) {
                return arguments;
            }
        }
        Object[] all = Arrays.copyOf(arguments, arguments.length + 2);
        all[arguments.length] = "title";
        all[arguments.length + 1] = caller.title() == null ? "chair" : caller.title();
        return all;
    }

    public void reply(String key, Object... arguments) {
        outbox.send(chatId(), text(key, arguments), null);
    }

    public void send(String text, Keyboard keyboard) {
        outbox.send(chatId(), text, keyboard);
    }

    /** Replaces the text and buttons of the message whose button was pressed. */
    public void editOrigin(String text, Keyboard keyboard) {
        if (originMessageId == null) {
            send(text, keyboard);
        } else {
            outbox.edit(chatId(), originMessageId, text, keyboard);
        }
    }

    /** Answers the button press with a short notice on the phone; only the first answer counts. */
    public void answer(String key, Object... arguments) {
        answer(text(key, arguments), false);
    }

    public void alert(String key, Object... arguments) {
        answer(text(key, arguments), true);
    }

    /** Tells why something was refused: in an alert on the phone for a button press, else in a reply. */
    public void refuse(String key, Object... arguments) {
        if (isButtonPress()) {
            alert(key, arguments);
        } else {
            reply(key, arguments);
        }
    }

    private void answer(String text, boolean alert) {
        if (callbackQueryId != null && !answered) {
            answered = true;
            outbox.answer(callbackQueryId, text, alert);
        }
    }

    void answerIfUnanswered() {
        if (callbackQueryId != null && !answered) {
            answered = true;
            outbox.answer(callbackQueryId, null, false);
        }
    }

    public Outbox outbox() {
        return outbox;
    }

    public boolean isButtonPress() {
        return callbackQueryId != null;
    }
}
