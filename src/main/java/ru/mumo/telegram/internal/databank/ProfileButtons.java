package ru.mumo.telegram.internal.databank;

import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.mumo.databank.ProfileField;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonHandler;
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
    public void press(Request request, String data) {
        String[] parts = data.split(":");
        switch (parts[0]) {
            case "all" -> dialog.beginAll(request);
            case "f" -> field(parts).ifPresentOrElse(f -> dialog.beginOne(request, f),
                    () -> request.answer("button.inactive"));
            case "c" -> dialog.onChoice(request, parts.length == 2 ? parts[1] : "");
            case "s" -> dialog.skip(request);
            case "d" -> dialog.finish(request);
            case "x" -> request.editOrigin(request.text("profile.closed"), null);
            default -> request.answer("button.inactive");
        }
    }

    private static Optional<ProfileField> field(String[] parts) {
        try {
            int ordinal = Integer.parseInt(parts[1]);
            return Optional.of(ProfileField.values()[ordinal]);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
