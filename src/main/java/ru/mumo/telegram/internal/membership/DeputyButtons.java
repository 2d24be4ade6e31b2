package ru.mumo.telegram.internal.membership;

import org.springframework.stereotype.Component;

import ru.mumo.membership.CompositionService;
import ru.mumo.membership.DeputyProposal;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.InactiveButton;
import ru.mumo.telegram.internal.Request;

/** {@code deputy:<proposal>:y|n}: an official appoints the deputy the chair proposed, or declines (T 2.1). */
@Component
class DeputyButtons implements ButtonHandler {

    static final String PREFIX = "deputy";

    private final CompositionService composition;
    private final RegulationTexts regulations;

    DeputyButtons(CompositionService composition, RegulationTexts regulations) {
        this.composition = composition;
        this.regulations = regulations;
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
        boolean confirm = data.is(1, "y");
        if (!confirm && !data.is(1, "n")) {
            throw new InactiveButton();
        }
        DeputyProposal proposal = composition.decideDeputy(data.id(0), request.chatId(), confirm);
        var candidate = proposal.getMembership();
        request.editOrigin(regulations.text(request.language(), candidate.getAssociation(),
                confirm ? "deputy.confirmed" : "deputy.declined", "name", candidate.getPerson().getFullName(),
                "association", candidate.getAssociation().getName()), null);
    }
}
