package ru.mumo.emulator.internal;

import ru.mumo.emulator.EmulatorEvent;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The UI's subscriptions; events are published outside of any lock so listeners may call back in. */
public final class Listeners {

    private final List<Consumer<EmulatorEvent>> subscribers = new CopyOnWriteArrayList<>();

    public void add(Consumer<EmulatorEvent> listener) {
        subscribers.add(listener);
    }

    void publish(EmulatorEvent event) {
        for (Consumer<EmulatorEvent> listener : subscribers) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                // A broken UI listener must not break the bot's calls; report it like an uncaught exception.
                Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), e);
            }
        }
    }
}
