package ru.mumo.databank;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.databank.InvalidProfileValue.Reason;
import ru.mumo.databank.internal.EventParticipations;
import ru.mumo.databank.internal.Profiles;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipException;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Person;
import ru.mumo.membership.PersonDetails;
import ru.mumo.membership.PersonService;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/** A member fills in their own profile; the chair and the secretary read the profiles of their members. */
@Service
@Transactional(noRollbackFor = InvalidProfileValue.class)
public class ProfileService {

    private final Profiles profiles;
    private final EventParticipations participations;
    private final MembershipService membership;
    private final PersonService people;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final Clock clock;

    ProfileService(Profiles profiles, EventParticipations participations, MembershipService membership,
            PersonService people, ApplicationEventPublisher events, Messages messages, Clock clock) {
        this.profiles = profiles;
        this.participations = participations;
        this.membership = membership;
        this.people = people;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Every field of the person's data bank entry in the order of S Appendix 3; unanswered ones are null. The
     * events of the association the person attended follow what they typed under participation in methodological
     * events, one per line, at the event's level.
     */
    @Transactional(readOnly = true)
    public Map<ProfileField, Object> values(Person person) {
        Profile profile = profiles.findById(person.getId()).orElse(null);
        Map<ProfileField, Object> values = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            values.put(field, switch (field) {
                case FULL_NAME -> person.getFullName();
                case WORK_PLACE -> person.getWorkPlace();
                case POSITION -> person.getPosition();
                default -> profile == null ? null : profile.get(field);
            });
        }
        for (EventParticipation attended : participations.findByPerson(person.getId())) {
            Object typed = values.get(attended.field());
            values.put(attended.field(), typed == null ? attended.getDescription()
                    : typed + "\n" + attended.getDescription());
        }
        return values;
    }

    /** Checks and stores the person's answer for one field; on a bad answer nothing changes. */
    public void answer(Person person, ProfileField field, String answer) {
        Object value = ProfileAnswers.read(field, answer, LocalDate.now(clock));
        String replaced = ProfileFormat.identifying(values(person).get(field));
        if (field.onPerson()) {
            people.changeDetails(person, new PersonDetails(
                    field == ProfileField.FULL_NAME ? (String) value : person.getFullName(),
                    field == ProfileField.WORK_PLACE ? (String) value : person.getWorkPlace(),
                    field == ProfileField.POSITION ? (String) value : person.getPosition()));
        } else {
            Profile profile = profiles.findById(person.getId()).orElse(null);
            if (profile != null) {
                checkExperience(profile, field, value);
            } else {
                profile = profiles.save(new Profile(person.getId(), clock.instant()));
            }
            profile.set(field, value, clock.instant());
        }
        events.publishEvent(new ProfileChanged(person.getId(), field,
                replaced == null || replaced.equals(ProfileFormat.identifying(value)) ? null : replaced));
    }

    /** The profile of a member as the chair or secretary of the same association may see it. */
    @Transactional(readOnly = true)
    public Membership memberForCard(Membership requester, long membershipId) {
        if (!requester.getRole().keepsDataBank()) {
            throw new MembershipException(MembershipException.Reason.NOT_ALLOWED);
        }
        return membership.membership(membershipId)
                .filter(m -> m.getAssociation().getId().equals(requester.getAssociation().getId()))
                .orElseThrow(() -> new MembershipException(MembershipException.Reason.NOT_A_MEMBER));
    }

    /** The association's data bank, for its chair or secretary only. */
    @Transactional(readOnly = true)
    public DataBank dataBank(Membership requester) {
        if (!requester.getRole().keepsDataBank()) {
            throw new MembershipException(MembershipException.Reason.NOT_ALLOWED);
        }
        String consentVersion = messages.text(Language.RU, "consent.version");
        List<Membership> members = membership.members(requester.getAssociation().getId()).stream()
                .filter(m -> m.getRole().countsAsMember())
                .sorted(Comparator.comparing(m -> m.getPerson().getFullName()))
                .toList();
        List<DataBank.Entry> entries = members.stream()
                .filter(m -> consentVersion.equals(m.getPerson().getConsentVersion()))
                .map(m -> new DataBank.Entry(values(m.getPerson()), m.getWrittenConsentAt()))
                .toList();
        return new DataBank(requester.getAssociation(), entries, members.size() - entries.size());
    }

    /** S 3.5 against the person's profile, requirement by requirement. */
    @Transactional(readOnly = true)
    public Map<ChairRequirement, ChairRequirement.Outcome> chairCheck(long personId) {
        Profile profile = profiles.findById(personId).orElse(null);
        Map<ChairRequirement, ChairRequirement.Outcome> outcomes = new EnumMap<>(ChairRequirement.class);
        for (ChairRequirement requirement : ChairRequirement.values()) {
            outcomes.put(requirement, requirement.against(profile));
        }
        return outcomes;
    }

    private static void checkExperience(Profile profile, ProfileField field, Object value) {
        if (field == ProfileField.TEACHING_EXPERIENCE && profile.getTotalExperience() != null
                && (Integer) value > profile.getTotalExperience()) {
            throw new InvalidProfileValue(Reason.TEACHING_ABOVE_TOTAL, 0, profile.getTotalExperience());
        }
        if (field == ProfileField.TOTAL_EXPERIENCE && profile.getTeachingExperience() != null
                && (Integer) value < profile.getTeachingExperience()) {
            throw new InvalidProfileValue(Reason.TOTAL_BELOW_TEACHING, profile.getTeachingExperience(), 0);
        }
    }
}
