package ru.mumo.telegram.internal.dialog;

import ru.mumo.telegram.internal.Request;

/** A multi-step conversation; its state lives in {@link DialogState} between messages. */
public interface Dialog {

    String name();

    /** The person sent text while in this dialog. */
    void onText(Request request, DialogState state);

    /** Asks the current step's question again, e.g. after the person typed an unrelated command. */
    void repeatQuestion(Request request, DialogState state);

    /** The text confirming /cancel of this dialog. */
    String cancelledKey();

    /** Whether the dialog asks for consent itself, so that the consent gate lets its answers through. */
    default boolean asksConsentItself() {
        return false;
    }
}
