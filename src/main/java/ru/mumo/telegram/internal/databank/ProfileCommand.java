package ru.mumo.telegram.internal.databank;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /profile}: the member's own data bank card (S Appendix 3), with buttons to fill it. */
@Component
class ProfileCommand implements Command {

    private final ProfileCards cards;

    ProfileCommand(ProfileCards cards) {
        this.cards = cards;
    }

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public Access access() {
        return Access.MEMBER;
    }

    @Override
    public void execute(Request request) {
        cards.sendOwn(request, request.caller().person());
    }
}
