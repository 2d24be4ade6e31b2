package ru.mumo.telegram.internal.membership;

import org.springframework.stereotype.Component;

import ru.mumo.membership.CompositionService;
import ru.mumo.membership.JoinRequest;
import ru.mumo.membership.MembershipException;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.InactiveButton;
import ru.mumo.telegram.internal.Request;

/**
 * {@code jreq:<request>:y|n}: the chair (or the deputy standing in) approves or declines a request to join (T 2.2). It
 * acts in the request's association, which need not be the one the chair's commands act on.
 */
@Component
class JoinRequestButtons implements ButtonHandler {

    static final String PREFIX = "jreq";

    private final CompositionService composition;
    private final RegulationTexts regulations;

    JoinRequestButtons(CompositionService composition, RegulationTexts regulations) {
        this.composition = composition;
        this.regulations = regulations;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.REGISTERED;
    }

    @Override
    public void press(Request request, ButtonData data) {
        JoinRequest joining = composition.request(data.id(0)).orElseThrow(InactiveButton::new);
        boolean approve = data.is(1, "y");
        if (!approve && !data.is(1, "n")) {
            throw new InactiveButton();
        }
        var chair = request.caller().membershipIn(joining.getAssociation().getId())
                .orElseThrow(() -> new MembershipException(MembershipException.Reason.NOT_ALLOWED));
        composition.decide(chair, joining.getId(), approve);
        request.editOrigin(regulations.text(request.language(), joining.getAssociation(),
                approve ? "join.request.approved" : "join.request.declined",
                "name", joining.getPerson().getFullName(), "association", joining.getAssociation().getName()), null);
    }
}
