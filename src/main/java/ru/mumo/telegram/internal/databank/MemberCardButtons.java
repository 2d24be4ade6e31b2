package ru.mumo.telegram.internal.databank;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.databank.ProfileService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipException;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * The member buttons under /members for the chair and the secretary: {@code card:<membership>} shows the
 * member's data bank card; the chair also gets {@code card:rm:<membership>} (asks),
 * {@code card:rmy:<membership>} (removes) and {@code card:back:<membership>} (changes their mind); both mark the
 * member's signed consent received ({@code card:wc:<membership>}) or take the mark back ({@code card:wcx:...}).
 * Every target is checked to be in the caller's own association.
 */
@Component
public class MemberCardButtons implements ButtonHandler {

    public static final String PREFIX = "card";

    private final ProfileService profiles;
    private final MembershipService membership;
    private final ProfileCards cards;

    MemberCardButtons(ProfileService profiles, MembershipService membership, ProfileCards cards) {
        this.profiles = profiles;
        this.membership = membership;
        this.cards = cards;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.KEEPER;
    }

    @Override
    public void press(Request request, ButtonData data) {
        Membership requester = request.caller().membership();
        long id = data.id(data.size() - 1);
        Membership target = profiles.memberForCard(requester, id);
        if (data.word(0).startsWith("rm") && requester.getRole() != Role.CHAIR) {
            throw new MembershipException(MembershipException.Reason.NOT_ALLOWED);
        }
        switch (data.size() == 1 ? "show" : data.word(0)) {
            case "show" -> request.send(cardText(request, target), cardKeyboard(request, requester, target));
            case "back" -> request.editOrigin(cardText(request, target), cardKeyboard(request, requester, target));
            case "rm" -> request.editOrigin(request.text("remove.confirm", "name", target.getPerson().getFullName(),
                    "association", target.getAssociation().getName()), Keyboard.column(List.of(
                    Button.callback(request.text("remove.yes"), ButtonHandler.data(PREFIX, "rmy", target.getId())),
                    Button.callback(request.text("button.cancel"), ButtonHandler.data(PREFIX, "back", target.getId())))));
            case "wc", "wcx" -> {
                Membership marked = membership.markWrittenConsent(requester, target.getId(), data.is(0, "wc"));
                request.editOrigin(cardText(request, marked), cardKeyboard(request, requester, marked));
            }
            case "rmy" -> {
                membership.remove(requester, target.getId());
                request.editOrigin(request.text("remove.done", "name", target.getPerson().getFullName(),
                        "count", membership.members(requester.getAssociation().getId()).stream()
                                .filter(m -> m.getRole().countsAsMember()).count()), null);
            }
            default -> request.answer("button.inactive");
        }
    }

    private String cardText(Request request, Membership target) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(target.getAssociation().getTimeZone());
        StringBuilder text = new StringBuilder(request.text("card.header",
                "role", request.text("role." + target.getRole().name()), "since", date.format(target.getJoinedAt())));
        text.append('\n').append(cards.lines(request, target.getPerson()));
        text.append("\n\n").append(request.text("card.written.consent",
                "received", target.getWrittenConsentAt() == null ? "no" : "yes",
                "date", target.getWrittenConsentAt() == null ? "" : date.format(target.getWrittenConsentAt())));
        text.append("\n\n").append(request.text("card.roles"));
        membership.historyOf(target.getPerson()).stream()
                .filter(h -> h.membership().getId().equals(target.getId()))
                .flatMap(h -> h.roles().stream())
                .forEach(role -> text.append('\n').append(request.text(
                        role.getEndedAt() == null ? "mydata.role.open" : "mydata.role.closed",
                        "role", request.text("role." + role.getRole().name()),
                        "from", date.format(role.getAssignedAt()),
                        "to", role.getEndedAt() == null ? "" : date.format(role.getEndedAt()))));
        return text.toString();
    }

    /**
     * The chair and the secretary mark the signed consent received (or take the mark back); only the chair removes
     * members, and never themselves.
     */
    private static Keyboard cardKeyboard(Request request, Membership requester, Membership target) {
        List<Button> buttons = new ArrayList<>();
        boolean received = target.getWrittenConsentAt() != null;
        buttons.add(Button.callback(request.text(received ? "card.written.consent.unmark" : "card.written.consent.mark"),
                ButtonHandler.data(PREFIX, received ? "wcx" : "wc", target.getId())));
        if (requester.getRole() == Role.CHAIR && target.getRole() != Role.CHAIR) {
            buttons.add(Button.callback(request.text("remove.button"), ButtonHandler.data(PREFIX, "rm", target.getId())));
        }
        return Keyboard.column(buttons);
    }
}
