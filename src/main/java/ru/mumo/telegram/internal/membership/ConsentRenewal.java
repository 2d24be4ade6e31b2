package ru.mumo.telegram.internal.membership;

import java.time.Clock;

import org.springframework.stereotype.Component;

import ru.mumo.membership.Consent;
import ru.mumo.membership.PersonService;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.ConsentGate;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.databank.ForgetButtons;

/**
 * Accept / Decline under a new version of the consent text. Declining leads to the /forget confirmation: without
 * consent to the current text the bot may not keep processing the person's data, so it offers to erase it, and
 * until they accept it holds back everything but /mydata, /forget, /help and /language.
 */
@Component
class ConsentRenewal implements ButtonHandler {

    private final PersonService people;
    private final Clock clock;

    ConsentRenewal(PersonService people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return ConsentGate.BUTTONS;
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
    public void press(Request request, ButtonData data) {
        var person = request.caller().person();
        String version = request.text("consent.version");
        if (version.equals(person.getConsentVersion())) {
            request.answer("button.inactive");
        } else if (data.is(0, "yes")) {
            people.acceptConsent(person, new Consent(version, clock.instant()));
            request.editOrigin(request.text("consent.text") + "\n\n" + request.text("consent.accepted.mark"), null);
            request.answer("consent.accepted.short");
            request.reply("consent.renew.thanks");
        } else {
            request.editOrigin(request.text("consent.renew.declined"), null);
            ForgetButtons.ask(request);
        }
    }
}
