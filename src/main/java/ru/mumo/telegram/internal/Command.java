package ru.mumo.telegram.internal;

/** One slash command. The dispatcher has checked {@link #access()} before {@link #execute} runs. */
public interface Command {

    /** The command without the slash, as Telegram menus want it: lowercase letters, digits, underscores. */
    String name();

    Access access();

    void execute(Request request);

    /** Whether the command shows in /help and the menu; hidden ones still work when typed. */
    default boolean listed() {
        return true;
    }
}
