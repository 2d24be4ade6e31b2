package ru.mumo.databank;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.databank.internal.EventParticipations;
import ru.mumo.databank.internal.Profiles;
import ru.mumo.membership.MembershipHistory;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Person;
import ru.mumo.membership.PersonService;
import ru.mumo.membership.RoleAssignment;
import ru.mumo.shared.AppProperties;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/** The member's rights over their data (152-FZ): a copy of everything held (/mydata) and erasure (/forget). */
@Service
@Transactional
public class PersonalData {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MembershipService membership;
    private final PersonService people;
    private final ProfileService profiles;
    private final Profiles profileRows;
    private final EventParticipations participations;
    private final ProfileFormat format;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;
    private final Clock clock;

    PersonalData(MembershipService membership, PersonService people, ProfileService profiles, Profiles profileRows,
            EventParticipations participations, ProfileFormat format, Messages messages,
            ApplicationEventPublisher events, AppProperties properties, Clock clock) {
        this.participations = participations;
        this.membership = membership;
        this.people = people;
        this.profiles = profiles;
        this.profileRows = profileRows;
        this.format = format;
        this.messages = messages;
        this.events = events;
        this.zone = properties.timezone();
        this.clock = clock;
    }

    /** Everything the bot holds about the person, as a plain UTF-8 text in their language. */
    @Transactional(readOnly = true)
    public String report(Person person) {
        Language language = person.getLanguage();
        StringBuilder text = new StringBuilder();
        text.append(t(language, "mydata.title", "date", DATE_TIME.format(clock.instant().atZone(zone)))).append("\n\n");
        text.append(t(language, "mydata.section.person")).append('\n');
        line(text, t(language, "mydata.telegram.id"), String.valueOf(person.getTelegramUserId()));
        line(text, t(language, "mydata.language"), t(language, "mydata.language." + language.name()));
        line(text, t(language, "mydata.registered"), DATE_TIME.format(person.getCreatedAt().atZone(zone)));
        line(text, t(language, "mydata.consent"), person.getConsentAcceptedAt() == null ? t(language, "profile.empty")
                : t(language, "mydata.consent.value", "version", person.getConsentVersion(),
                        "date", DATE_TIME.format(person.getConsentAcceptedAt().atZone(zone))));
        text.append('\n').append(t(language, "mydata.section.profile")).append('\n');
        for (Map.Entry<ProfileField, Object> entry : profiles.values(person).entrySet()) {
            String value = format.value(entry.getKey(), entry.getValue(), language);
            line(text, format.label(entry.getKey(), language), value == null ? t(language, "profile.empty") : value);
        }
        text.append('\n').append(t(language, "mydata.section.memberships")).append('\n');
        for (MembershipHistory history : membership.historyOf(person)) {
            var m = history.membership();
            text.append("• ").append(t(language, m.isLive() ? "mydata.membership.live" : "mydata.membership.ended",
                    "association", m.getAssociation().getName(),
                    "from", DATE.format(m.getJoinedAt().atZone(zone)),
                    "to", m.getLeftAt() == null ? "" : DATE.format(m.getLeftAt().atZone(zone)))).append('\n');
            for (RoleAssignment role : history.roles()) {
                String key = role.getEndedAt() == null ? "mydata.role.open" : "mydata.role.closed";
                text.append("    ").append(t(language, key,
                        "role", t(language, "role." + role.getRole().name(), "title", membership.titleWord(m)),
                        "from", DATE.format(role.getAssignedAt().atZone(zone)),
                        "to", role.getEndedAt() == null ? "" : DATE.format(role.getEndedAt().atZone(zone))))
                        .append('\n');
            }
        }
        text.append('\n').append(t(language, "mydata.footer")).append('\n');
        return text.toString();
    }

    /**
     * Withdraws the person's consent: deletes the profile, erases the name and unlinks the Telegram id, ends
     * every membership. Signed protocols and role history keep the (now anonymous) person row they refer to.
     */
    public void forget(Person person) {
        List<String> values = new ArrayList<>();
        profiles.values(person).values().stream().map(ProfileFormat::identifying).filter(Objects::nonNull)
                .forEach(values::add);
        // The events attended read the same in every attendee's entry: only the person's own entry, whole, and
        // what they typed on its own (older messages show it without the events) identify them.
        List<String> attended = participations.findByPerson(person.getId()).stream()
                .map(EventParticipation::getDescription).toList();
        values.removeAll(attended);
        profileRows.findById(person.getId()).ifPresent(profile -> {
            for (ProfileField field : ProfileField.values()) {
                if (!field.onPerson() && profile.get(field) instanceof String typed && !values.contains(typed)) {
                    values.add(typed);
                }
            }
        });
        profileRows.findById(person.getId()).ifPresent(profileRows::delete);
        profileRows.flush();
        participations.deleteByPerson(person.getId());
        Long telegramUserId = people.erase(person.getId()).orElse(null);
        events.publishEvent(new PersonalDataErased(person.getId(), telegramUserId, values));
    }

    private String t(Language language, String key, Object... arguments) {
        return messages.text(language, key, arguments);
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(label).append(": ").append(value).append('\n');
    }
}
