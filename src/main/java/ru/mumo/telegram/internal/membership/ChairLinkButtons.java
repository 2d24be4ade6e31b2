package ru.mumo.telegram.internal.membership;

import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Invite;
import ru.mumo.membership.InviteService;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.BotIdentity;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;

/**
 * {@code chairlink:<association>} under /associations: an official gets a fresh one-time chair link;
 * {@code chairlink:page:<n>} turns the overview's page.
 */
@Component
public class ChairLinkButtons implements ButtonHandler {

    public static final String PREFIX = "chairlink";

    private final AssociationService associations;
    private final InviteService invites;
    private final AssociationsOverview overview;
    private final RegulationTexts regulations;
    private final BotIdentity bot;

    ChairLinkButtons(AssociationService associations, InviteService invites, AssociationsOverview overview,
            RegulationTexts regulations, BotIdentity bot) {
        this.associations = associations;
        this.invites = invites;
        this.overview = overview;
        this.regulations = regulations;
        this.bot = bot;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.OFFICIAL;
    }

    @Override
    public void press(Request request, ButtonData data) {
        if (data.is(0, "page")) {
            overview.show(request, data.position(1));
            return;
        }
        long associationId = data.id(0);
        if (associations.all().stream().noneMatch(a -> a.getId() == associationId)) {
            request.answer("button.inactive");
            return;
        }
        Invite invite = invites.issueChairInvite(associationId, request.caller().telegramUserId());
        String chair = overview.chairName(associationId);
        request.send(request.text("chair.link.created", "association", invite.getAssociation().getName(),
                "link", bot.deepLink(invite.getCode()),
                "expires", DateTimeFormatter.ofPattern("dd.MM.yyyy")
                        .format(invite.getExpiresAt().atZone(invite.getAssociation().getTimeZone())),
                "hasChair", chair.isEmpty() ? "no" : "yes", "chair", chair,
                "title", regulations.title(invite.getAssociation())), null);
        request.answer("chair.link.created.short");
    }
}
