package ru.mumo.telegram.internal.membership;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.membership.Association;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Regulation;
import ru.mumo.membership.Role;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/**
 * How a regulation reads in a message to someone whose answer is not about the association they act in: its name,
 * and roles with the head's title it gives (председатель or руководитель).
 */
@Component
public class RegulationTexts {

    private final AssociationService associations;
    private final Messages messages;

    RegulationTexts(AssociationService associations, Messages messages) {
        this.associations = associations;
        this.messages = messages;
    }

    /** "Положение Терского района". */
    public String name(Language language, Regulation regulation) {
        return messages.text(language, "regulation.name." + regulation.code());
    }

    /** Every regulation, in the order the official is offered them. */
    public List<Regulation> all() {
        return associations.regulations();
    }

    public Regulation of(Association association) {
        return associations.regulationOf(association);
    }

    public Regulation of(long associationId) {
        return associations.regulationOf(associationId);
    }

    /** The word texts choose the head's title by, for the association. */
    public String title(Association association) {
        return of(association).titleWord();
    }

    /** A role in the association's words: "руководитель", "член МУМО". */
    public String role(Language language, Role role, Association association) {
        return messages.text(language, "role." + role.name(), "title", title(association));
    }

    /** The text of {@code key} with the head's title of the association. */
    public String text(Language language, Association association, String key, Object... arguments) {
        Object[] all = Arrays.copyOf(arguments, arguments.length + 2);
        all[arguments.length] = "title";
        all[arguments.length + 1] = title(association);
        return messages.text(language, key, all);
    }
}
