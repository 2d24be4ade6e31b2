package ru.mumo.telegram.internal.membership;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import ru.mumo.membership.CompositionService;
import ru.mumo.membership.Invite;
import ru.mumo.membership.InviteService;
import ru.mumo.membership.InviteStatus;
import ru.mumo.membership.Regulation;
import ru.mumo.membership.Role;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.CommandMenus;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * {@code /start <code>}: what an invite deep link sends; starts registration, or asks a person the bot already knows
 * to confirm joining, naming the association and the role.
 */
@Component
class StartCommand implements Command {

    private final InviteService invites;
    private final CompositionService composition;
    private final RegistrationDialog registration;
    private final RegulationTexts regulations;
    private final CommandMenus menus;

    StartCommand(InviteService invites, CompositionService composition, RegistrationDialog registration,
            RegulationTexts regulations, CommandMenus menus) {
        this.invites = invites;
        this.composition = composition;
        this.registration = registration;
        this.regulations = regulations;
        this.menus = menus;
    }

    @Override
    public String name() {
        return "start";
    }

    @Override
    public Access access() {
        return Access.EVERYONE;
    }

    @Override
    public boolean worksInDialog() {
        return true;
    }

    @Override
    public boolean worksBeforeConsent() {
        return true;
    }

    @Override
    public boolean listed() {
        return false;
    }

    @Override
    public void execute(Request request) {
        String code = request.argument();
        if (code.isEmpty()) {
            greet(request);
            return;
        }
        InviteStatus status = invites.inviteStatus(code);
        if (status != InviteStatus.VALID) {
            request.reply("refused.invite." + status.name().toLowerCase(Locale.ROOT));
            return;
        }
        Invite invite = invites.validInvite(code).orElseThrow();
        var person = request.caller().person();
        if (request.caller().membershipIn(invite.getAssociation().getId()).isPresent()) {
            request.reply("refused.already.member");
            return;
        }
        var association = invite.getAssociation();
        String role = regulations.role(request.language(), invite.getRole(), association);
        if (person != null && composition.isPending(association.getId(), person.getId())) {
            request.reply("refused.request.pending", "title", regulations.title(association));
            return;
        }
        Regulation regulation = regulations.of(association);
        String approval = invite.getRole() == Role.MEMBER && regulation.chairApprovesMembers() ? "yes" : "no";
        if (person != null && request.text("consent.version").equals(person.getConsentVersion())) {
            request.send(request.text("join.confirm", "association", association.getName(), "role", role,
                    "approval", approval, "title", regulation.titleWord()), Keyboard.column(List.of(
                    Button.callback(request.text("join.yes"), ButtonHandler.data(JoinConfirmButtons.PREFIX, code)),
                    Button.callback(request.text("join.no"), ButtonHandler.data(JoinConfirmButtons.PREFIX, "x")))));
            return;
        }
        request.reply("registration.intro", "association", association.getName(), "role", role,
                "approval", approval, "title", regulation.titleWord());
        registration.begin(request, code);
    }

    private void greet(Request request) {
        if (request.caller().registered()) {
            request.reply("start.known", "name", request.caller().person().getFullName());
        } else if (request.caller().official()) {
            menus.refresh(request.caller());
            request.reply("start.official");
        } else {
            request.reply("start.stranger");
        }
    }
}
