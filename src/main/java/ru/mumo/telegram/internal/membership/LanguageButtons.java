package ru.mumo.telegram.internal.membership;

import org.springframework.stereotype.Component;

import ru.mumo.membership.PersonService;
import ru.mumo.shared.Language;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Callers;
import ru.mumo.telegram.internal.CommandMenus;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.dialog.Dialogs;

/** The language buttons of /language. */
@Component
public class LanguageButtons implements ButtonHandler {

    public static final String PREFIX = "lang";

    private final PersonService people;
    private final CommandMenus menus;
    private final Dialogs dialogs;

    LanguageButtons(PersonService people, CommandMenus menus, Dialogs dialogs) {
        this.people = people;
        this.menus = menus;
        this.dialogs = dialogs;
    }

    @Override
    public String prefix() {
        return PREFIX;
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
        Language language = data.constant(0, Language.class);
        var person = request.caller().person();
        if (person != null) {
            people.changeLanguage(person, language);
            menus.refresh(people.findPerson(person.getTelegramUserId()).orElseThrow());
        } else {
            // Before registration there is no person to keep it on; the dialog carries it until then.
            dialogs.current(request.chatId()).ifPresent(state -> state.put(Callers.LANGUAGE, language.name()));
        }
        request.switchLanguage(language);
        request.editOrigin(request.text("language.set"), null);
        request.answer("language.set");
    }
}
