package ru.mumo.telegram.internal;

import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** {@code /help}: exactly the commands the caller's role allows, in their language. */
@Component
class HelpCommand implements Command {

    private final CommandMenus menus;

    HelpCommand(CommandMenus menus) {
        this.menus = menus;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public Access access() {
        return Access.EVERYONE;
    }

    @Override
    public boolean worksInDialog() {
        return true;
    }

    @Override
    public boolean worksBeforeConsent() {
        return true;
    }

    @Override
    public void execute(Request request) {
        var caller = request.caller();
        String who = caller.membership() != null
                ? request.text("help.who.member", "role", request.text("role." + caller.membership().getRole().name()),
                        "association", caller.membership().getAssociation().getName())
                : caller.official() ? request.text("help.who.official") : request.text("help.who.stranger");
        String list = menus.allowed(caller).stream()
                .map(c -> "/" + c.name() + " — " + request.text("command." + c.name()))
                .collect(Collectors.joining("\n"));
        request.send(who + "\n\n" + list, null);
    }
}
