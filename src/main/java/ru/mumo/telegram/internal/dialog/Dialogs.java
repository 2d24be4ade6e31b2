package ru.mumo.telegram.internal.dialog;

import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Starts, finds, advances and ends people's dialogs. */
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

    public Optional<DialogState> current(long telegramUserId) {
        return states.findById(telegramUserId);
    }

    public Optional<DialogState> current(long telegramUserId, String dialog) {
        return current(telegramUserId).filter(s -> s.dialog().equals(dialog));
    }

    public void advance(DialogState state, String step) {
        state.moveTo(step, clock.instant());
        states.save(state);
    }

    public void end(DialogState state) {
        states.delete(state);
    }

    public Dialog dialog(DialogState state) {
        return dialogs.stream().filter(d -> d.name().equals(state.dialog())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No dialog named " + state.dialog()));
    }
}
