package ru.mumo.telegram.internal.membership;

import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import ru.mumo.membership.AssociationCreated;
import ru.mumo.membership.AssociationService;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.BotIdentity;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /new_association <name>}: an official creates an association and gets the chair and member links. */
@Component
class NewAssociationCommand implements Command {

    static final int MIN_NAME = 3;
    static final int MAX_NAME = 300;

    private final AssociationService associations;
    private final BotIdentity bot;

    NewAssociationCommand(AssociationService associations, BotIdentity bot) {
        this.associations = associations;
        this.bot = bot;
    }

    @Override
    public String name() {
        return "new_association";
    }

    @Override
    public Access access() {
        return Access.OFFICIAL;
    }

    @Override
    public void execute(Request request) {
        String name = request.argument().replaceAll("\\s+", " ");
        if (name.length() < MIN_NAME || name.length() > MAX_NAME) {
            request.reply(name.isEmpty() ? "association.name.missing" : "association.name.length",
                    "min", MIN_NAME, "max", MAX_NAME);
            return;
        }
        AssociationCreated created = associations.createAssociation(name, request.chatId());
        var zone = created.association().getTimeZone();
        request.reply("association.created",
                "name", created.association().getName(),
                "chairLink", bot.deepLink(created.chairInvite().getCode()),
                "memberLink", bot.deepLink(created.memberInvite().getCode()),
                "expires", DateTimeFormatter.ofPattern("dd.MM.yyyy").format(created.memberInvite().getExpiresAt().atZone(zone)));
    }
}
