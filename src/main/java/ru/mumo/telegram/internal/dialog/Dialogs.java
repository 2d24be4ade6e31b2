package ru.mumo.telegram.internal.dialog;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Starts, finds, advances and ends people's dialogs. */
@Component
public class Dialogs {

    private final DialogStates states;
    private final Clock clock;
    private final Map<String, Dialog> dialogs;

    Dialogs(DialogStates states, Clock clock, @Lazy List<Dialog> dialogs) {
        this.states = states;
        this.clock = clock;
        this.dialogs = dialogs.stream().collect(Collectors.toMap(Dialog::name, Function.identity()));
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
        Dialog dialog = dialogs.get(state.dialog());
        if (dialog == null) {
            throw new IllegalStateException("No dialog named " + state.dialog());
        }
        return dialog;
    }
}
