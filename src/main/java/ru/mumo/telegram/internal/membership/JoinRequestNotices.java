package ru.mumo.telegram.internal.membership;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.membership.CompositionService;
import ru.mumo.membership.JoinDecided;
import ru.mumo.membership.JoinRequest;
import ru.mumo.membership.JoinRequested;
import ru.mumo.membership.Membership;
import ru.mumo.membership.Person;
import ru.mumo.membership.PersonService;
import ru.mumo.shared.Language;
import ru.mumo.telegram.internal.outbox.Outbox;

/**
 * Brings a request to join to whoever decides it (the chair, or the deputy standing in; with neither, the officials
 * are told the request waits for a chair), and tells the teacher the decision. In the transaction that made it.
 */
@Component
class JoinRequestNotices {

    private final CompositionService composition;
    private final PersonService people;
    private final JoinRequestCards cards;
    private final OfficialsChats officials;
    private final RegulationTexts regulations;
    private final Outbox outbox;

    JoinRequestNotices(CompositionService composition, PersonService people,
            JoinRequestCards cards, OfficialsChats officials, RegulationTexts regulations, Outbox outbox) {
        this.composition = composition;
        this.people = people;
        this.cards = cards;
        this.officials = officials;
        this.regulations = regulations;
        this.outbox = outbox;
    }

    @EventListener
    void on(JoinRequested event) {
        JoinRequest request = composition.request(event.requestId()).orElseThrow();
        List<Membership> deciders = cards.deciders(event.associationId());
        for (Membership decider : deciders) {
            Language language = decider.getPerson().getLanguage();
            outbox.send(decider.getPerson().getTelegramUserId(), cards.text(language, request),
                    cards.keyboard(language, request));
        }
        if (deciders.isEmpty()) {
            officials.of(request.getAssociation()).forEach((chat, language) -> outbox.send(chat,
                    regulations.text(language, request.getAssociation(), "join.request.no.chair",
                            "association", request.getAssociation().getName(),
                            "name", request.getPerson().getFullName()), null));
        }
    }

    @EventListener
    void on(JoinDecided event) {
        JoinRequest request = composition.request(event.requestId()).orElseThrow();
        Person person = people.findPersonById(event.personId());
        if (person.getTelegramUserId() == null) {
            return;
        }
        Language language = person.getLanguage();
        String text = event.approved()
                ? regulations.text(language, request.getAssociation(), "join.approved.notice",
                        "association", request.getAssociation().getName(),
                        "role", regulations.role(language, request.getRole(), request.getAssociation()))
                : regulations.text(language, request.getAssociation(), "join.declined.notice",
                        "association", request.getAssociation().getName());
        outbox.send(person.getTelegramUserId(), text, null);
    }
}
