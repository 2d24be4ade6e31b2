package ru.mumo.telegram.internal.membership;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.membership.JoinRequest;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.shared.Language;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/** A request to join as the chair sees it: who asks, with Approve and Decline; and who decides one now. */
@Component
class JoinRequestCards {

    private final MembershipService membership;
    private final RegulationTexts regulations;

    JoinRequestCards(MembershipService membership, RegulationTexts regulations) {
        this.membership = membership;
        this.regulations = regulations;
    }

    String text(Language language, JoinRequest request) {
        var person = request.getPerson();
        return regulations.text(language, request.getAssociation(), "join.request",
                "association", request.getAssociation().getName(), "name", person.getFullName(),
                "work", nonNull(person.getWorkPlace()), "position", nonNull(person.getPosition()),
                "clause", regulations.of(request.getAssociation()).clause("composition").orElse(""));
    }

    Keyboard keyboard(Language language, JoinRequest request) {
        return Keyboard.of(
                Button.callback(regulations.text(language, request.getAssociation(), "join.request.approve"),
                        ButtonHandler.data(JoinRequestButtons.PREFIX, request.getId(), "y")),
                Button.callback(regulations.text(language, request.getAssociation(), "join.request.decline"),
                        ButtonHandler.data(JoinRequestButtons.PREFIX, request.getId(), "n")));
    }

    /** Who decides requests to join the association now: the chair, or the deputy standing in. */
    List<Membership> deciders(long associationId) {
        return membership.members(associationId).stream().filter(membership::actsAsChair).toList();
    }

    private static String nonNull(String value) {
        return value == null ? "—" : value;
    }
}
