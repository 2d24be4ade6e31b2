package ru.mumo.telegram.internal.membership;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/**
 * {@code /new_association <name>}: an official names an association, picks the regulation it follows with a button,
 * and gets the chair and member links.
 */
@Component
class NewAssociationCommand implements Command {

    static final int MIN_NAME = 3;
    static final int MAX_NAME = 300;

    private final NewAssociationDialog dialog;

    NewAssociationCommand(NewAssociationDialog dialog) {
        this.dialog = dialog;
    }

    @Override
    public String name() {
        return "new_association";
    }

    @Override
    public Access access() {
        return Access.OFFICIAL;
    }

    @Override
    public void execute(Request request) {
        String name = request.argument().replaceAll("\\s+", " ");
        if (name.length() < MIN_NAME || name.length() > MAX_NAME) {
            request.reply(name.isEmpty() ? "association.name.missing" : "association.name.length",
                    "min", MIN_NAME, "max", MAX_NAME);
            return;
        }
        dialog.begin(request, name);
    }
}
