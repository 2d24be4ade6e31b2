package ru.mumo.telegram.internal.membership;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.membership.Invite;
import ru.mumo.membership.InviteService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.Role;
import ru.mumo.telegram.internal.BotIdentity;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/** The /links message: the open member and guest links, numbered, with a revoke button for each. */
@Component
class LinksBoard {

    /** A keyboard holds about a hundred buttons; an association rarely has more than a few links open. */
    static final int MAX_SHOWN = 30;

    private final InviteService invites;
    private final BotIdentity bot;

    LinksBoard(InviteService invites, BotIdentity bot) {
        this.invites = invites;
        this.bot = bot;
    }

    String text(Request request) {
        Membership officer = request.caller().membership();
        List<Invite> open = shown(officer);
        if (open.isEmpty()) {
            return request.text("links.none", "association", officer.getAssociation().getName());
        }
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy")
                .withZone(officer.getAssociation().getTimeZone());
        StringBuilder text = new StringBuilder(request.text("links.header",
                "association", officer.getAssociation().getName(), "count", open.size()));
        int n = 1;
        for (Invite invite : open) {
            text.append("\n\n").append(request.text("links.line", "number", n++,
                    "guest", invite.getRole() == Role.GUEST ? "yes" : "no", "link", bot.deepLink(invite.getCode()),
                    "created", date.format(invite.getCreatedAt()), "expires", date.format(invite.getExpiresAt()),
                    "used", invite.getUsedCount()));
        }
        return text.append("\n\n").append(request.text("links.hint")).toString();
    }

    Keyboard keyboard(Request request) {
        List<Button> buttons = new ArrayList<>();
        int n = 1;
        for (Invite invite : shown(request.caller().membership())) {
            buttons.add(Button.callback(request.text("links.revoke", "number", n++),
                    ButtonHandler.data(LinksButtons.PREFIX, invite.getId())));
        }
        return buttons.isEmpty() ? null : Keyboard.column(buttons);
    }

    private List<Invite> shown(Membership officer) {
        List<Invite> open = invites.openLinks(officer);
        return open.subList(0, Math.min(open.size(), MAX_SHOWN));
    }
}
