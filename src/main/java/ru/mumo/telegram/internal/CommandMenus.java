package ru.mumo.telegram.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ru.mumo.membership.Person;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.outbox.MenuItem;
import ru.mumo.telegram.internal.outbox.Outbox;

/**
 * The command menus Telegram shows beside the text field: the default menu lists what every member may do
 * (Russian, and English for English-speaking phones); a chair, deputy, secretary or official gets a menu of
 * their own through a per-chat scope.
 */
@Component
public class CommandMenus {

    private final Registry registry;
    private final Messages messages;
    private final Outbox outbox;
    private final Callers callers;
    private final TransactionTemplate tx;

    CommandMenus(Registry registry, Messages messages, Outbox outbox, Callers callers, TransactionTemplate tx) {
        this.registry = registry;
        this.messages = messages;
        this.outbox = outbox;
        this.callers = callers;
        this.tx = tx;
    }

    void publishDefaults() {
        tx.executeWithoutResult(s -> {
            outbox.menu(null, null, items(Language.RU, Access.MEMBER));
            outbox.menu(null, Language.EN.code(), items(Language.EN, Access.MEMBER));
        });
    }

    /** Sets the person's own menu after their role, association or language changed. */
    public void refresh(Person person) {
        refresh(callers.resolve(person));
    }

    /** Sets the caller's own menu; Telegram accepts a per-chat menu only once the person has written to the bot. */
    public void refresh(Caller caller) {
        outbox.menu(caller.telegramUserId(), null, items(caller));
    }

    /** Sets a chat's menu to what a stranger may do, after the person behind it was erased. */
    public void resetChat(long chatId, Language language) {
        outbox.menu(chatId, null, registry.commands().stream().filter(Command::listed)
                .filter(c -> c.access() == Access.EVERYONE)
                .map(c -> new MenuItem(c.name(), messages.text(language, "command." + c.name())))
                .toList());
    }

    /** Commands the caller may run, in menu order. */
    public List<Command> allowed(Caller caller) {
        return registry.commands().stream().filter(Command::listed).filter(c -> c.access().allows(caller)).toList();
    }

    private List<MenuItem> items(Caller caller) {
        return allowed(caller).stream()
                .map(c -> new MenuItem(c.name(), messages.text(caller.language(), "command." + c.name())))
                .toList();
    }

    private List<MenuItem> items(Language language, Access level) {
        return registry.commands().stream().filter(Command::listed)
                .filter(c -> c.access() == Access.EVERYONE || c.access() == level)
                .map(c -> new MenuItem(c.name(), messages.text(language, "command." + c.name())))
                .toList();
    }
}
