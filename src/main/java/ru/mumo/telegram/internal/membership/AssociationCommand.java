package ru.mumo.telegram.internal.membership;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/** {@code /association}: for people in several associations, which one their commands act on. */
@Component
class AssociationCommand implements Command {

    @Override
    public String name() {
        return "association";
    }

    @Override
    public Access access() {
        return Access.MEMBER;
    }

    @Override
    public void execute(Request request) {
        Membership current = request.caller().membership();
        List<Membership> all = request.caller().memberships();
        if (all.size() < 2) {
            request.reply("association.only.one", "association", current.getAssociation().getName());
            return;
        }
        request.send(request.text("association.choose", "association", current.getAssociation().getName()),
                Keyboard.column(all.stream()
                        .map(m -> Button.callback((m.getId().equals(current.getId()) ? "✓ " : "")
                                        + m.getAssociation().getName() + " — " + request.text("role." + m.getRole().name()),
                                ButtonHandler.data(AssociationButtons.PREFIX, m.getAssociation().getId())))
                        .toList()));
    }
}
