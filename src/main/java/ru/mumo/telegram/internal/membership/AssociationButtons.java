package ru.mumo.telegram.internal.membership;

import org.springframework.stereotype.Component;

import ru.mumo.membership.PersonService;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.CommandMenus;
import ru.mumo.telegram.internal.Request;

/** The association buttons of /association. */
@Component
public class AssociationButtons implements ButtonHandler {

    public static final String PREFIX = "assoc";

    private final PersonService people;
    private final CommandMenus menus;

    AssociationButtons(PersonService people, CommandMenus menus) {
        this.people = people;
        this.menus = menus;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.MEMBER;
    }

    @Override
    public void press(Request request, ButtonData data) {
        long associationId = data.id(0);
        var person = request.caller().person();
        people.switchAssociation(person, associationId);
        var now = people.findPerson(person.getTelegramUserId()).orElseThrow();
        var current = people.currentMembership(now).orElseThrow();
        menus.refresh(now);
        request.editOrigin(request.text("association.switched", "association", current.getAssociation().getName(),
                "role", request.text("role." + current.getRole().name())), null);
        request.answer("association.switched.short");
    }
}
