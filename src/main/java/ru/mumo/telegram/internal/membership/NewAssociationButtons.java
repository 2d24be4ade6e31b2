package ru.mumo.telegram.internal.membership;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;

/** {@code newassoc:<regulation>} under /new_association: the regulation the new association follows. */
@Component
class NewAssociationButtons implements ButtonHandler {

    private final NewAssociationDialog dialog;

    NewAssociationButtons(NewAssociationDialog dialog) {
        this.dialog = dialog;
    }

    @Override
    public String prefix() {
        return NewAssociationDialog.BUTTONS;
    }

    @Override
    public Access access() {
        return Access.OFFICIAL;
    }

    @Override
    public void press(Request request, ButtonData data) {
        dialog.pick(request, data.word(0));
    }
}
