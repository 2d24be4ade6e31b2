package ru.mumo.telegram.internal;

/**
 * A press whose data names nothing this version of the bot knows (an old keyboard, or data made up by hand):
 * the dispatcher answers it as an inactive button, and nothing changes.
 */
public final class InactiveButton extends RuntimeException {

    public InactiveButton() {
        super(null, null, false, false);
    }
}
