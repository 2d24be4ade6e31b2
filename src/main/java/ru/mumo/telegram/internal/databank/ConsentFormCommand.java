package ru.mumo.telegram.internal.databank;

import org.springframework.stereotype.Component;

import ru.mumo.documents.ConsentForm;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/**
 * {@code /consent_form}: the consent to the processing of personal data as a .docx with the person's name written in,
 * to print, sign and hand to the chair or the secretary, who mark it received on the member's card (S 3.6).
 */
@Component
class ConsentFormCommand implements Command {

    private final ConsentForm form;

    ConsentFormCommand(ConsentForm form) {
        this.form = form;
    }

    @Override
    public String name() {
        return "consent_form";
    }

    @Override
    public Access access() {
        return Access.REGISTERED;
    }

    @Override
    public boolean worksBeforeConsent() {
        return true;
    }

    @Override
    public void execute(Request request) {
        request.outbox().document(request.chatId(), ConsentForm.fileName(), form.build(request.caller().person()),
                request.text("consent.form.caption"));
    }
}
