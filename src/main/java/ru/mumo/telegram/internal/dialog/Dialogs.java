package ru.mumo.telegram.internal.dialog;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.telegram.internal.ChatForgotten;

/**
 * Starts, finds, advances and ends people's dialogs. An unfinished dialog expires {@link Dialog#lifetime()} after
 * its last step: from then on it is as if it had never begun, and housekeeping deletes it with the answers it held.
 */
@Component
public class Dialogs {

    private final DialogStates states;
    private final Clock clock;
    /** Looked up when needed: the dialogs themselves use this class. */
    private final ObjectProvider<Dialog> dialogs;

    Dialogs(DialogStates states, Clock clock, ObjectProvider<Dialog> dialogs) {
        this.states = states;
        this.clock = clock;
        this.dialogs = dialogs;
    }

    /** Starts a dialog, replacing any the person was in. */
    public DialogState start(long telegramUserId, String dialog, String step) {
        states.findById(telegramUserId).ifPresent(states::delete);
        states.flush();
        return states.save(new DialogState(telegramUserId, dialog, step, clock.instant()));
    }

    /** The person's dialog, unless it has expired. */
    public Optional<DialogState> current(long telegramUserId) {
        return states.findById(telegramUserId).filter(state -> !expired(state));
    }

    public Optional<DialogState> current(long telegramUserId, String dialog) {
        return current(telegramUserId).filter(s -> s.dialog().equals(dialog));
    }

    /** Ends the person's dialog if it has expired; tells whether it had. */
    public boolean endExpired(long telegramUserId) {
        Optional<DialogState> stale = states.findById(telegramUserId).filter(this::expired);
        stale.ifPresent(states::delete);
        return stale.isPresent();
    }

    public void advance(DialogState state, String step) {
        state.moveTo(step, clock.instant());
        states.save(state);
    }

    public void end(DialogState state) {
        states.delete(state);
    }

    /** A dialog may hold answers (a name, a place of work): it goes, expired or not. */
    @EventListener
    void on(ChatForgotten event) {
        states.findById(event.chatId()).ifPresent(states::delete);
    }

    public Dialog dialog(DialogState state) {
        return dialogs.stream().filter(d -> d.name().equals(state.dialog())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No dialog named " + state.dialog()));
    }

    /** Deletes every expired dialog; returns how many. */
    @Transactional
    public int deleteExpired() {
        Instant now = clock.instant();
        return dialogs.stream().mapToInt(d -> states.deleteStale(d.name(), now.minus(d.lifetime()))).sum();
    }

    private boolean expired(DialogState state) {
        return dialogs.stream().filter(d -> d.name().equals(state.dialog())).findFirst()
                .map(d -> state.updatedAt().plus(d.lifetime()).isBefore(clock.instant()))
                .orElse(false);
    }
}
