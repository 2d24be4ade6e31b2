package ru.mumo.telegram.internal.membership;

import java.util.Locale;

import org.springframework.stereotype.Component;

import ru.mumo.membership.Invite;
import ru.mumo.membership.InviteService;
import ru.mumo.membership.InviteStatus;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.CommandMenus;
import ru.mumo.telegram.internal.Request;

/** {@code /start <code>}: what an invite deep link sends; starts registration or joins a known person. */
@Component
class StartCommand implements Command {

    private final InviteService invites;
    private final RegistrationDialog registration;
    private final CommandMenus menus;

    StartCommand(InviteService invites, RegistrationDialog registration, CommandMenus menus) {
        this.invites = invites;
        this.registration = registration;
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
        if (person != null && request.text("consent.version").equals(person.getConsentVersion())) {
            RegistrationDialog.welcome(request, invites.join(code, request.chatId(), null, null, request.language()));
            return;
        }
        request.reply("registration.intro", "association", invite.getAssociation().getName(),
                "role", request.text("role." + invite.getRole().name()));
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
