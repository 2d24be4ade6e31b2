package ru.mumo.telegram.internal;

/** One slash command. The dispatcher has checked {@link #access()} before {@link #execute} runs. */
public interface Command {

    /** The command without the slash, as Telegram menus want it: lowercase letters, digits, underscores. */
    String name();

    Access access();

    void execute(Request request);

    /** Whether the caller may run it; by default what {@link #access()} says, which /help and the menus list by. */
    default boolean allows(Caller caller) {
        return access().allows(caller);
    }

    /** Whether the command shows in /help and the menu; hidden ones still work when typed. */
    default boolean listed() {
        return true;
    }

    /** Whether the command works in the middle of a dialog without leaving it. */
    default boolean worksInDialog() {
        return false;
    }

    /**
     * Whether the command works for a person who has yet to accept a new consent text: only what they need to
     * decide (help, language, their data and its erasure).
     */
    default boolean worksBeforeConsent() {
        return false;
    }
}
