package ru.mumo.telegram.internal.membership;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.membership.Association;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Regulation;
import ru.mumo.shared.Language;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.InactiveButton;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * An official sets the regulation an association follows: {@code reg:<association>} (from /associations) shows the
 * choice; {@code reg:<association>:<code>} sets it, or confirms the one it has, as the question asked once about an
 * older association's default does.
 */
@Component
class RegulationButtons implements ButtonHandler {

    static final String PREFIX = "reg";

    private final AssociationService associations;
    private final RegulationTexts regulations;

    RegulationButtons(AssociationService associations, RegulationTexts regulations) {
        this.associations = associations;
        this.regulations = regulations;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.OFFICIAL;
    }

    @Override
    public void press(Request request, ButtonData data) {
        Association association = associations.association(data.id(0)).orElseThrow(InactiveButton::new);
        if (data.size() == 1) {
            request.send(request.text("regulation.choose", "association", association.getName(),
                    "regulation", regulations.name(request.language(), regulations.of(association))),
                    choice(regulations, request.language(), association));
            return;
        }
        String code = data.word(1);
        if (associations.regulations().stream().noneMatch(r -> r.code().equals(code))) {
            throw new InactiveButton();
        }
        boolean changed = !code.equals(association.getRegulation());
        Association now = associations.changeRegulation(association.getId(), code, request.chatId());
        request.editOrigin(request.text(changed ? "regulation.changed" : "regulation.confirmed",
                "association", now.getName(), "regulation", regulations.name(request.language(), regulations.of(now))),
                null);
    }

    /** A button per regulation: first the one the association follows, to keep (confirm), then the others. */
    static Keyboard choice(RegulationTexts regulations, Language language, Association association) {
        List<Button> buttons = new ArrayList<>();
        Regulation current = regulations.of(association);
        List<Regulation> ordered = new ArrayList<>(List.of(current));
        regulations.all().stream().filter(r -> !r.code().equals(current.code())).forEach(ordered::add);
        for (Regulation regulation : ordered) {
            boolean same = regulation.code().equals(current.code());
            buttons.add(Button.callback(regulations.text(language, association,
                            same ? "regulation.button.keep" : "regulation.button.switch",
                            "regulation", regulations.name(language, regulation)),
                    ButtonHandler.data(PREFIX, association.getId(), regulation.code())));
        }
        return Keyboard.column(buttons);
    }
}
