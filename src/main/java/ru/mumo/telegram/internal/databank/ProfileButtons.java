package ru.mumo.telegram.internal.databank;

import org.springframework.stereotype.Component;

import ru.mumo.databank.ProfileField;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.InactiveButton;
import ru.mumo.telegram.internal.Request;

/**
 * The buttons of /profile: {@code all} fills the empty fields in order, {@code f:<field>} one field,
 * {@code c:<choice>} answers a choice question, {@code s} skips, {@code d} ends, {@code x} closes the card.
 * They only ever act on the caller's own profile.
 */
@Component
class ProfileButtons implements ButtonHandler {

    private final ProfileDialog dialog;

    ProfileButtons(ProfileDialog dialog) {
        this.dialog = dialog;
    }

    @Override
    public String prefix() {
        return ProfileCards.PREFIX;
    }

    @Override
    public Access access() {
        return Access.MEMBER;
    }

    @Override
    public void press(Request request, ButtonData data) {
        switch (data.word(0)) {
            case "all" -> dialog.beginAll(request);
            case "f" -> dialog.beginOne(request, field(data.position(1)));
            case "c" -> dialog.onChoice(request, data.size() == 2 ? data.word(1) : "");
            case "s" -> dialog.skip(request);
            case "d" -> dialog.finish(request);
            case "x" -> request.editOrigin(request.text("profile.closed"), null);
            default -> request.answer("button.inactive");
        }
    }

    private static ProfileField field(int ordinal) {
        if (ordinal >= ProfileField.values().length) {
            throw new InactiveButton();
        }
        return ProfileField.values()[ordinal];
    }
}
