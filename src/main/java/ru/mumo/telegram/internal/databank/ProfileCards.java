package ru.mumo.telegram.internal.databank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import ru.mumo.databank.ProfileField;
import ru.mumo.databank.ProfileFormat;
import ru.mumo.databank.ProfileService;
import ru.mumo.membership.Person;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/** The text of a data bank profile, and the buttons under the person's own card. */
@Component
public class ProfileCards {

    public static final String PREFIX = "profile";

    private final ProfileService profiles;
    private final ProfileFormat format;

    ProfileCards(ProfileService profiles, ProfileFormat format) {
        this.profiles = profiles;
        this.format = format;
    }

    /** One line per field of S Appendix 3 and S 3.6, "not given" where there is no answer. */
    public String lines(Request request, Person person) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<ProfileField, Object> entry : profiles.values(person).entrySet()) {
            String value = format.value(entry.getKey(), entry.getValue(), request.language());
            text.append('\n').append(format.label(entry.getKey(), request.language())).append(": ")
                    .append(value == null ? request.text("profile.empty") : value);
        }
        return text.toString();
    }

    /** The person's own card with the buttons to fill it. */
    public void sendOwn(Request request, Person person) {
        request.send(request.text("profile.card.own") + "\n" + lines(request, person), ownKeyboard(request));
    }

    private Keyboard ownKeyboard(Request request) {
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(Button.callback(request.text("profile.fill.empty"), ButtonHandler.data(PREFIX, "all"))));
        List<Button> row = new ArrayList<>();
        for (ProfileField field : ProfileField.values()) {
            row.add(Button.callback(format.label(field, request.language()),
                    ButtonHandler.data(PREFIX, "f", field.ordinal())));
            if (row.size() == 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        rows.add(List.of(Button.callback(request.text("profile.close"), ButtonHandler.data(PREFIX, "x"))));
        return new Keyboard(rows);
    }
}
