package ru.mumo.telegram.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Officials;
import ru.mumo.membership.Person;
import ru.mumo.membership.PersonService;
import ru.mumo.shared.Language;
import ru.mumo.telegram.internal.dialog.Dialogs;

/** Resolves a Telegram user into a {@link Caller}. */
@Component
public class Callers {

    /** Dialog value holding the language an unregistered person chose with /language. */
    public static final String LANGUAGE = "language";

    private final MembershipService membership;
    private final AssociationService associations;
    private final PersonService people;
    private final Officials officials;
    private final Dialogs dialogs;

    Callers(MembershipService membership, AssociationService associations, PersonService people, Officials officials,
            Dialogs dialogs) {
        this.membership = membership;
        this.associations = associations;
        this.people = people;
        this.officials = officials;
        this.dialogs = dialogs;
    }

    public Caller resolve(long telegramUserId, String telegramLanguageCode) {
        Person person = people.findPerson(telegramUserId).orElse(null);
        if (person != null) {
            return resolve(person);
        }
        Language language = dialogs.current(telegramUserId)
                .map(state -> state.get(LANGUAGE))
                .map(Language::valueOf)
                .orElse(Language.fromTelegramCode(telegramLanguageCode));
        return new Caller(telegramUserId, language, null, null, List.of(), officials.includes(telegramUserId), false,
                null);
    }

    public Caller resolve(Person person) {
        List<Membership> memberships = membership.membershipsOf(person);
        Membership current = person.actsIn(memberships).orElse(null);
        return new Caller(person.getTelegramUserId(), person.getLanguage(), person, current, memberships,
                officials.includes(person.getTelegramUserId()), membership.actsAsChair(current),
                current == null ? null : associations.regulationOf(current.getAssociation()).titleWord());
    }

    /** The same caller with their commands acting in that association (none if they are no member of it). */
    public Caller actingIn(Caller caller, long associationId) {
        Membership current = caller.membershipIn(associationId).orElse(null);
        return new Caller(caller.telegramUserId(), caller.language(), caller.person(), current, caller.memberships(),
                caller.official(), membership.actsAsChair(current),
                current == null ? null : associations.regulationOf(current.getAssociation()).titleWord());
    }
}
