package ru.mumo.telegram.internal.membership;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.membership.CompositionService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipException;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Regulation;
import ru.mumo.membership.Role;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Pages;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * The buttons of /appoint: {@code appoint:p:<page>} turns the list's page, {@code appoint:m:<membership>} picks the
 * member, {@code appoint:r:<membership>:<role>} gives the role (or, for a deputy the department appoints, proposes
 * them), {@code appoint:x} closes the list. The membership must be in the chair's own association.
 */
@Component
public class AppointButtons implements ButtonHandler {

    public static final String PREFIX = "appoint";

    private final MembershipService membership;
    private final CompositionService composition;
    private final RegulationTexts regulations;

    private final Messages messages;

    AppointButtons(MembershipService membership, CompositionService composition, RegulationTexts regulations,
            Messages messages) {
        this.membership = membership;
        this.composition = composition;
        this.regulations = regulations;
        this.messages = messages;
    }

    /** The members the chair may give a role, a page of them: as a new message, or in place of the pressed one. */
    void pickMember(Request request, int page, boolean edit) {
        List<Membership> candidates = membership.members(request.caller().membership().getAssociation().getId())
                .stream().filter(m -> m.getRole() != Role.CHAIR && m.getRole() != Role.GUEST)
                .filter(m -> !m.getId().equals(request.caller().membership().getId())).toList();
        if (candidates.isEmpty()) {
            request.reply("appoint.nobody");
            return;
        }
        List<Button> buttons = new ArrayList<>();
        for (Membership m : Pages.slice(candidates, page)) {
            buttons.add(Button.callback(m.getRole() == Role.MEMBER ? m.getPerson().getFullName()
                            : m.getPerson().getFullName() + " (" + request.text("role." + m.getRole().name()) + ")",
                    ButtonHandler.data(PREFIX, "m", m.getId())));
        }
        Keyboard keyboard = Keyboard.column(buttons);
        List<Button> navigation = Pages.navigation(messages, request.language(), page, candidates.size(),
                p -> ButtonHandler.data(PREFIX, "p", p));
        if (!navigation.isEmpty()) {
            keyboard = keyboard.withRow(navigation);
        }
        String text = request.text("appoint.pick.member")
                + Pages.label(messages, request.language(), page, candidates.size());
        if (edit) {
            request.editOrigin(text, keyboard);
        } else {
            request.send(text, keyboard);
        }
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.CHAIR;
    }

    @Override
    public void press(Request request, ButtonData data) {
        Membership chair = request.caller().membership();
        if (data.is(0, "x")) {
            request.editOrigin(request.text("appoint.closed"), null);
            return;
        }
        if (data.is(0, "p") && data.size() == 2) {
            pickMember(request, data.position(1), true);
            return;
        }
        Membership target = data.size() >= 2 ? target(data.id(1), chair) : null;
        if (target == null) {
            request.alert("refused.not.a.member");
        } else if (data.is(0, "m")) {
            List<Button> roles = new ArrayList<>();
            for (Role role : roles(chair)) {
                if (role != target.getRole()) {
                    roles.add(Button.callback(request.text(proposes(chair, role) ? "appoint.propose.deputy"
                                    : "role." + role.name()),
                            ButtonHandler.data(PREFIX, "r", target.getId(), role.name())));
                }
            }
            roles.add(Button.callback(request.text("button.cancel"), ButtonHandler.data(PREFIX, "x")));
            request.editOrigin(request.text("appoint.pick.role", "name", target.getPerson().getFullName(),
                    "role", request.text("role." + target.getRole().name())), Keyboard.column(roles));
        } else if (data.is(0, "r") && data.size() == 3) {
            // The domain judges the role: an old or made-up button may name one this regulation or caller lacks.
            Role role = MembershipService.APPOINTABLE.stream().filter(r -> data.is(2, r.name())).findFirst()
                    .orElseThrow(() -> new MembershipException(MembershipException.Reason.ROLE_NOT_ASSIGNABLE));
            if (proposes(chair, role)) {
                composition.proposeDeputy(chair, target.getId());
                request.editOrigin(request.text("appoint.proposed", "name", target.getPerson().getFullName(),
                        "clause", regulations.of(chair.getAssociation()).clause("deputy").orElse("")), null);
                request.answer("appoint.proposed.short");
                return;
            }
            membership.appoint(chair, target.getId(), role);
            request.editOrigin(request.text("appoint.done", "name", target.getPerson().getFullName(),
                    "role", request.text("role." + role.name())), null);
            request.answer("appoint.done.short");
        } else {
            request.answer("button.inactive");
        }
    }

    /** The roles the caller may give: a deputy only by the chair, and only where the regulation has one. */
    private List<Role> roles(Membership chair) {
        return membership.appointable(chair.getAssociation()).stream()
                .filter(r -> r != Role.DEPUTY || chair.getRole() == Role.CHAIR).toList();
    }

    /** Where the department appoints the deputy (T 2.1), the chair's choice is a proposal. */
    private boolean proposes(Membership chair, Role role) {
        return role == Role.DEPUTY && regulations.of(chair.getAssociation()).deputy() == Regulation.Deputy.DEPARTMENT;
    }

    private Membership target(long id, Membership chair) {
        return membership.membership(id)
                .filter(m -> m.getAssociation().getId().equals(chair.getAssociation().getId()))
                .orElse(null);
    }
}
