package ru.mumo.telegram.internal.dialog;

import java.time.Duration;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Request;

/** A multi-step conversation; its state lives in {@link DialogState} between messages. */
public interface Dialog {

    String name();

    /** The person sent text while in this dialog. */
    void onText(Request request, DialogState state);

    /** Asks the current step's question again, e.g. after the person typed an unrelated command. */
    void repeatQuestion(Request request, DialogState state);

    /** The person sent a document ({@link Request#file()}) while in this dialog; most dialogs want text only. */
    default void onDocument(Request request, DialogState state) {
        request.reply("error.text.only");
        repeatQuestion(request, state);
    }

    /** {@code /done}: the person finished a list they were sending item by item. */
    default void done(Request request, DialogState state) {
        request.reply("meeting.done.nothing");
        repeatQuestion(request, state);
    }

    /** The text confirming /cancel of this dialog. */
    String cancelledKey();

    /**
     * Who may go on with the dialog: checked at every answer, so that an officer removed or demoted in the middle
     * of one is told it ended instead of running into a step that needs the role.
     */
    default Access access() {
        return Access.EVERYONE;
    }

    /** How long an unfinished dialog is kept after its last step; then it expires and its answers are deleted. */
    default Duration lifetime() {
        return Duration.ofDays(1);
    }

    /** Whether the dialog asks for consent itself, so that the consent gate lets its answers through. */
    default boolean asksConsentItself() {
        return false;
    }
}
