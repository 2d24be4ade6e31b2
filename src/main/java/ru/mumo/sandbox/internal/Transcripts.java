package ru.mumo.sandbox.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import ru.mumo.emulator.EmulatorEvent;

/**
 * What the people typed, and the last notice each got for a button press: the emulator keeps the bot's
 * messages; the sandbox keeps the people's side so a chat can be shown in full.
 */
public final class Transcripts {

    public record Typed(long messageId, String text) {
    }

    public record Toast(String text, long at) {
    }

    private final Map<Long, List<Typed>> typed = new ConcurrentHashMap<>();
    private final Map<Long, Toast> toasts = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();

    public void on(EmulatorEvent event) {
        if (event instanceof EmulatorEvent.UserMessageSent sent) {
            typed.computeIfAbsent(sent.user().id(), id -> new CopyOnWriteArrayList<>())
                    .add(new Typed(sent.messageId(), sent.text()));
        } else if (event instanceof EmulatorEvent.CallbackAnswered answered && answered.answer().text() != null
                && !answered.answer().text().isBlank()) {
            toasts.put(answered.answer().userId(), new Toast(answered.answer().text(), version.get() + 1));
        }
        version.incrementAndGet();
    }

    public List<Typed> typedBy(long userId) {
        return typed.getOrDefault(userId, List.of());
    }

    public Toast toastFor(long userId) {
        return toasts.get(userId);
    }

    /** Changes whenever anything happened, so the page redraws only then. */
    public long version() {
        return version.get();
    }
}
