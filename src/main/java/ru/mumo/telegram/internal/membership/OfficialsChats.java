package ru.mumo.telegram.internal.membership;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import ru.mumo.membership.Association;
import ru.mumo.membership.Officials;
import ru.mumo.membership.Person;
import ru.mumo.membership.PersonService;
import ru.mumo.shared.Language;

/**
 * The chats of the education department's officials, with the language each reads: every official, or those of one
 * association (the official who created it while they still are one, else all).
 */
@Component
public class OfficialsChats {

    private final Officials officials;
    private final PersonService people;

    OfficialsChats(Officials officials, PersonService people) {
        this.officials = officials;
        this.people = people;
    }

    /** Every official, by chat. */
    public Map<Long, Language> all() {
        Map<Long, Language> chats = new LinkedHashMap<>();
        officials.ids().stream().sorted().forEach(id -> chats.put(id, language(id)));
        return chats;
    }

    /** The association's officials ({@link Officials#responsibleFor}), by chat. */
    public Map<Long, Language> of(Association association) {
        Map<Long, Language> chats = new LinkedHashMap<>();
        officials.responsibleFor(association).stream().sorted().forEach(id -> chats.put(id, language(id)));
        return chats;
    }

    /** The official who issued a link, while still an official; else the association's. */
    public Map<Long, Language> issuer(Long telegramUserId, Association association) {
        return telegramUserId != null && officials.includes(telegramUserId)
                ? Map.of(telegramUserId, language(telegramUserId)) : of(association);
    }

    public Language language(long telegramUserId) {
        return people.findPerson(telegramUserId).map(Person::getLanguage).orElse(Language.RU);
    }
}
