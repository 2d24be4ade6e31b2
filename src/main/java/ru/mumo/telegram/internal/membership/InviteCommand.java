package ru.mumo.telegram.internal.membership;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import ru.mumo.membership.Invite;
import ru.mumo.membership.InviteService;
import ru.mumo.membership.Role;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.BotIdentity;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /invite} (or {@code /invite guest}): a fresh link for members or guests of the association. */
@Component
class InviteCommand implements Command {

    private final InviteService invites;
    private final BotIdentity bot;

    InviteCommand(InviteService invites, BotIdentity bot) {
        this.invites = invites;
        this.bot = bot;
    }

    @Override
    public String name() {
        return "invite";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void execute(Request request) {
        String kind = request.argument().toLowerCase(Locale.ROOT);
        Role role;
        if (kind.isEmpty()) {
            role = Role.MEMBER;
        } else if (kind.equals("guest") || kind.equals("гость")) {
            role = Role.GUEST;
        } else {
            request.reply("invite.usage");
            return;
        }
        Invite invite = invites.issueInvite(request.caller().membership(), role);
        request.reply(role == Role.GUEST ? "invite.created.guest" : "invite.created",
                "association", invite.getAssociation().getName(),
                "link", bot.deepLink(invite.getCode()),
                "expires", DateTimeFormatter.ofPattern("dd.MM.yyyy")
                        .format(invite.getExpiresAt().atZone(invite.getAssociation().getTimeZone())));
    }
}
