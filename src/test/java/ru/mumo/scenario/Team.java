package ru.mumo.scenario;

import java.util.ArrayList;
import java.util.List;

import ru.mumo.emulator.BotMessage;
import ru.mumo.membership.Admission;
import ru.mumo.membership.AssociationCreated;
import ru.mumo.membership.CompositionService;
import ru.mumo.membership.InviteService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.PersonDetails;
import ru.mumo.membership.Role;
import ru.mumo.scenario.ScenarioSupport.Phone;
import ru.mumo.shared.Language;

/**
 * One association and the phones of its people, who join through the services to keep the set-up short
 * (registration has scenarios of its own). Each joins in the role given, the secretary appointed by the chair and
 * the deputy as the regulation has it (proposed by the chair, confirmed by the official, under T 2.1); where the chair
 * approves each new member (T 2.2), the chair approves at once. So the chair joins first.
 */
final class Team {

    final AssociationCreated created;
    Phone chair;
    Phone deputy;
    Phone secretary;
    Phone guest;
    final List<Phone> members = new ArrayList<>();
    final List<Phone> everyone = new ArrayList<>();
    Membership chairMembership;
    Membership deputyMembership;
    Membership secretaryMembership;
    String chairName;
    String secretaryName;
    String guestName;

    private final ScenarioSupport world;
    private final List<Membership> memberships = new ArrayList<>();

    Team(ScenarioSupport world, AssociationCreated created) {
        this.world = world;
        this.created = created;
    }

    long associationId() {
        return created.association().getId();
    }

    /** A plain member's name, distinct across associations. */
    String memberName(int i) {
        return "Участник Номер" + (char) ('А' + i) + " " + associationId();
    }

    Phone member(int i) {
        return members.get(i);
    }

    Membership membership(Phone phone) {
        return memberships.get(everyone.indexOf(phone));
    }

    Phone join(String fullName, Role role) {
        return join(fullName, role, "ru");
    }

    Phone join(String fullName, Role role, String languageCode) {
        return join(fullName, role, languageCode, null);
    }

    /** A new person joins by {@code code} (a fresh chair link, say) instead of the association's first links. */
    Phone joinBy(String code, String fullName, Role role) {
        return join(fullName, role, "ru", code);
    }

    private Phone join(String fullName, Role role, String languageCode, String code) {
        Language language = Language.fromTelegramCode(languageCode);
        Phone phone = world.newPhone(fullName.split(" ")[1], languageCode);
        // Telegram lets a bot write only to people who have opened it, as the invite link makes them do.
        phone.sends("/start");
        phone.receives(language == Language.RU ? "Здравствуйте" : "Hello");
        joinAs(phone, fullName, role, language, code);
        return phone;
    }

    /** The membership the invite gave, or the one the chair gives by approving the request to join (T 2.2). */
    Membership admit(Admission admission) {
        return admission.joined() ? admission.membership() : world.bean(CompositionService.class)
                .decide(chairMembership, admission.request().getId(), true).orElseThrow();
    }

    /**
     * Someone the bot knows opens the association's member link again: confirms, and (T 2.2) waits for the chair,
     * who approves at once.
     */
    void rejoin(Phone phone) {
        phone.sends("/start " + created.memberInvite().getCode());
        phone.presses(phone.receives("Вступить в «" + created.association().getName() + "»?"), "✅ Вступить");
        BotMessage answer = phone.receives(m -> ScenarioSupport.text(m).contains("Добро пожаловать")
                || ScenarioSupport.text(m).contains("Заявка на вступление"), "the welcome or the request sent");
        if (ScenarioSupport.text(answer).contains("Заявка на вступление")) {
            CompositionService composition = world.bean(CompositionService.class);
            composition.pendingRequests(associationId())
                    .forEach(r -> composition.decide(chairMembership, r.getId(), true));
            phone.receives("принял(а) вашу заявку");
        }
    }

    /** Someone the bot already knows (a member elsewhere) joins this association too. */
    Membership joinAgain(Phone phone, String fullName, Role role) {
        return joinAs(phone, fullName, role, Language.RU, null);
    }

    private Membership joinAs(Phone phone, String fullName, Role role, Language language, String link) {
        InviteService invites = world.bean(InviteService.class);
        String code = link != null ? link : switch (role) {
            case CHAIR -> created.chairInvite().getCode();
            case GUEST -> invites.issueInvite(chairMembership, Role.GUEST).getCode();
            default -> created.memberInvite().getCode();
        };
        Membership joined = admit(invites.join(code, phone.id(), new PersonDetails(fullName, "Школа", "учитель"),
                world.currentConsent(), language));
        if (role == Role.SECRETARY) {
            joined = world.bean(MembershipService.class).appoint(chairMembership, joined.getId(), role);
        } else if (role == Role.DEPUTY) {
            CompositionService composition = world.bean(CompositionService.class);
            composition.decideDeputy(composition.proposeDeputy(chairMembership, joined.getId()).getId(),
                    ScenarioSupport.OFFICIAL, true);
            joined = world.bean(MembershipService.class).membership(joined.getId()).orElseThrow();
        }
        switch (role) {
            case CHAIR -> {
                chair = phone;
                chairMembership = joined;
                chairName = fullName;
            }
            case DEPUTY -> {
                deputy = phone;
                deputyMembership = joined;
            }
            case SECRETARY -> {
                secretary = phone;
                secretaryMembership = joined;
                secretaryName = fullName;
            }
            case GUEST -> {
                guest = phone;
                guestName = fullName;
            }
            default -> members.add(phone);
        }
        everyone.add(phone);
        memberships.add(joined);
        return joined;
    }
}
