package ru.mumo.telegram.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.membership.Association;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.buttons.ChairLinkButtons;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * {@code /associations}: the education department's overview of the associations, each with its chair and size,
 * and a button per association for a fresh chair link, for when a chair left, changed or missed the first link.
 */
@Component
class AssociationsCommand implements Command {

    private final MembershipService membership;

    AssociationsCommand(MembershipService membership) {
        this.membership = membership;
    }

    @Override
    public String name() {
        return "associations";
    }

    @Override
    public Access access() {
        return Access.OFFICIAL;
    }

    @Override
    public void execute(Request request) {
        List<Association> all = membership.associations();
        if (all.isEmpty()) {
            request.reply("associations.none");
            return;
        }
        StringBuilder text = new StringBuilder(request.text("associations.header", "count", all.size()));
        List<Button> buttons = new ArrayList<>();
        for (Association association : all) {
            List<Membership> members = membership.members(association.getId()).stream()
                    .filter(m -> m.getRole().countsAsMember()).toList();
            String chair = members.stream().filter(m -> m.getRole() == Role.CHAIR)
                    .map(m -> m.getPerson().getFullName()).findFirst().orElse("");
            text.append('\n').append(request.text("associations.line", "name", association.getName(),
                    "hasChair", chair.isEmpty() ? "no" : "yes", "chair", chair, "members", members.size()));
            buttons.add(Button.callback(request.text("associations.button", "name", association.getName()),
                    ButtonHandler.data(ChairLinkButtons.PREFIX, association.getId())));
        }
        text.append("\n\n").append(request.text("associations.hint"));
        request.send(text.toString(), Keyboard.column(buttons));
    }
}
