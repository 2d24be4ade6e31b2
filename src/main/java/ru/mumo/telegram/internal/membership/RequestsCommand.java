package ru.mumo.telegram.internal.membership;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.membership.CompositionService;
import ru.mumo.membership.JoinRequest;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/**
 * {@code /requests}: the requests to join that wait for the chair (T 2.2), each with Approve and Decline; for the
 * chair, or the deputy standing in.
 */
@Component
class RequestsCommand implements Command {

    static final int MAX_SHOWN = 20;

    private final CompositionService composition;
    private final JoinRequestCards cards;

    RequestsCommand(CompositionService composition, JoinRequestCards cards) {
        this.composition = composition;
        this.cards = cards;
    }

    @Override
    public String name() {
        return "requests";
    }

    @Override
    public Access access() {
        return Access.CHAIR;
    }

    @Override
    public void execute(Request request) {
        List<JoinRequest> pending = composition.pendingRequests(request.caller().membership().getAssociation().getId());
        if (pending.isEmpty()) {
            request.reply("requests.none");
            return;
        }
        request.reply("requests.header", "count", pending.size());
        pending.stream().limit(MAX_SHOWN)
                .forEach(r -> request.send(cards.text(request.language(), r), cards.keyboard(request.language(), r)));
    }
}
