package ru.mumo.telegram.internal.membership;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;

/** Accept / Decline under the consent text of registration. */
@Component
class ConsentButtons implements ButtonHandler {

    private final RegistrationDialog registration;

    ConsentButtons(RegistrationDialog registration) {
        this.registration = registration;
    }

    @Override
    public String prefix() {
        return RegistrationDialog.CONSENT_BUTTONS;
    }

    @Override
    public Access access() {
        return Access.EVERYONE;
    }

    @Override
    public boolean worksBeforeConsent() {
        return true;
    }

    @Override
    public void press(Request request, ButtonData data) {
        registration.onConsent(request, data.is(0, "yes"));
    }
}
