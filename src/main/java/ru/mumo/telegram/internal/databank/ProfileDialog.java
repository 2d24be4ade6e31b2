package ru.mumo.telegram.internal.databank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import ru.mumo.databank.InvalidProfileValue;
import ru.mumo.databank.ProfileField;
import ru.mumo.databank.ProfileFormat;
import ru.mumo.databank.ProfileService;
import ru.mumo.membership.Person;
import ru.mumo.membership.PersonService;
import ru.mumo.shared.Refusal;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.dialog.Dialog;
import ru.mumo.telegram.internal.dialog.DialogState;
import ru.mumo.telegram.internal.dialog.Dialogs;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * Filling the data bank profile: either one field picked on the card, or every empty field in the order of
 * S Appendix 3. Choices come as buttons; every question can be skipped and answered later from /profile.
 * The step is the field being asked.
 */
@Component
public class ProfileDialog implements Dialog {

    public static final String NAME = "profile";
    static final String MODE = "mode";
    static final String ALL = "all";
    static final String ONE = "one";

    private final Dialogs dialogs;
    private final ProfileService profiles;
    private final ProfileFormat format;
    private final ProfileCards cards;
    private final PersonService people;

    ProfileDialog(Dialogs dialogs, ProfileService profiles, ProfileFormat format, ProfileCards cards,
            PersonService people) {
        this.dialogs = dialogs;
        this.profiles = profiles;
        this.format = format;
        this.cards = cards;
        this.people = people;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String cancelledKey() {
        return "profile.cancelled";
    }

    @Override
    public Access access() {
        return Access.MEMBER;
    }

    /** Asks one field picked on the card. */
    public void beginOne(Request request, ProfileField field) {
        dialogs.start(request.chatId(), NAME, field.name()).put(MODE, ONE);
        ask(request, field);
    }

    /** Walks through the fields that have no answer yet. */
    public void beginAll(Request request) {
        ProfileField first = nextEmpty(person(request), -1);
        if (first == null) {
            request.reply("profile.complete");
            cards.sendOwn(request, person(request));
            return;
        }
        dialogs.start(request.chatId(), NAME, first.name()).put(MODE, ALL);
        ask(request, first);
    }

    @Override
    public void onText(Request request, DialogState state) {
        ProfileField field = ProfileField.valueOf(state.step());
        if (field.kind() == ProfileField.Kind.CHOICE) {
            request.reply("profile.invalid.choose.a.button");
            ask(request, field);
            return;
        }
        save(request, state, field, request.argument());
    }

    /** A choice button under the question. */
    public void onChoice(Request request, String choice) {
        DialogState state = dialogs.current(request.chatId(), NAME).orElse(null);
        ProfileField field = state == null ? null : ProfileField.valueOf(state.step());
        if (field == null || !field.choices().contains(choice)) {
            request.answer("button.inactive");
            return;
        }
        request.editOrigin(question(request, field) + "\n\n✓ " + format.choice(field, choice, request.language()), null);
        save(request, state, field, choice);
    }

    /** "Skip": the field keeps its answer (or none) and can be filled later. */
    public void skip(Request request) {
        DialogState state = dialogs.current(request.chatId(), NAME).orElse(null);
        if (state == null) {
            request.answer("button.inactive");
            return;
        }
        request.answer("profile.skipped");
        next(request, state, ProfileField.valueOf(state.step()));
    }

    /** "Done": ends the dialog and shows the card. */
    public void finish(Request request) {
        dialogs.current(request.chatId(), NAME).ifPresent(dialogs::end);
        cards.sendOwn(request, person(request));
    }

    @Override
    public void repeatQuestion(Request request, DialogState state) {
        ask(request, ProfileField.valueOf(state.step()));
    }

    private void save(Request request, DialogState state, ProfileField field, String answer) {
        try {
            profiles.answer(person(request), field, answer);
        } catch (InvalidProfileValue e) {
            request.reply("profile.invalid." + Refusal.keyOf(e.reason()),
                    "min", e.min(), "max", e.max());
            return;
        }
        Map<ProfileField, Object> values = profiles.values(person(request));
        request.reply("profile.saved", "field", format.label(field, request.language()),
                "value", format.value(field, values.get(field), request.language()));
        next(request, state, field);
    }

    private void next(Request request, DialogState state, ProfileField answered) {
        ProfileField next = ALL.equals(state.get(MODE)) ? nextEmpty(person(request), answered.ordinal()) : null;
        if (next == null) {
            dialogs.end(state);
            cards.sendOwn(request, person(request));
            return;
        }
        dialogs.advance(state, next.name());
        ask(request, next);
    }

    private ProfileField nextEmpty(Person person, int after) {
        Map<ProfileField, Object> values = profiles.values(person);
        for (ProfileField field : ProfileField.values()) {
            if (field.ordinal() > after && values.get(field) == null) {
                return field;
            }
        }
        return null;
    }

    private void ask(Request request, ProfileField field) {
        List<List<Button>> rows = new ArrayList<>();
        for (String choice : field.choices()) {
            rows.add(List.of(Button.callback(format.choice(field, choice, request.language()),
                    ButtonHandler.data(ProfileCards.PREFIX, "c", choice))));
        }
        rows.add(List.of(Button.callback(request.text("profile.skip"), ButtonHandler.data(ProfileCards.PREFIX, "s")),
                Button.callback(request.text("profile.done"), ButtonHandler.data(ProfileCards.PREFIX, "d"))));
        request.send(question(request, field), new Keyboard(rows));
    }

    private String question(Request request, ProfileField field) {
        String question = request.text("profile.ask." + field.name());
        Object current = profiles.values(person(request)).get(field);
        return current == null ? question
                : question + "\n" + request.text("profile.current", "value", format.value(field, current, request.language()));
    }

    /** Read afresh: an answer given earlier in this update may have changed it. */
    private Person person(Request request) {
        return people.findPerson(request.chatId()).orElseThrow();
    }
}
