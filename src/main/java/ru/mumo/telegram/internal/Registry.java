package ru.mumo.telegram.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The commands and buttons the capabilities contribute: each {@link Command} and {@link ButtonHandler} bean, found
 * by its name or prefix. A new command is a class in its capability's folder; nothing here names it.
 */
@Component
public class Registry {

    /** Looked up when first needed: /help is itself a command and lists the others. */
    private final ObjectProvider<Command> commandBeans;
    private final ObjectProvider<ButtonHandler> buttonBeans;
    private volatile Map<String, Command> commands;
    private volatile Map<String, ButtonHandler> buttons;

    Registry(ObjectProvider<Command> commandBeans, ObjectProvider<ButtonHandler> buttonBeans) {
        this.commandBeans = commandBeans;
        this.buttonBeans = buttonBeans;
    }

    /** Every command, listed or not, by name. */
    public List<Command> commands() {
        return byName().values().stream().sorted(Comparator.comparing(Command::name)).toList();
    }

    public Optional<Command> command(String name) {
        return Optional.ofNullable(byName().get(name));
    }

    /** The handler of the buttons whose callback data starts with {@code prefix}. */
    public Optional<ButtonHandler> button(String prefix) {
        return Optional.ofNullable(byPrefix().get(prefix));
    }

    /** Every button handler, by prefix. */
    public List<ButtonHandler> buttons() {
        return byPrefix().values().stream().sorted(Comparator.comparing(ButtonHandler::prefix)).toList();
    }

    private Map<String, ButtonHandler> byPrefix() {
        if (buttons == null) {
            buttons = buttonBeans.stream().collect(Collectors.toMap(ButtonHandler::prefix, Function.identity()));
        }
        return buttons;
    }

    private Map<String, Command> byName() {
        if (commands == null) {
            commands = commandBeans.stream().collect(Collectors.toMap(Command::name, Function.identity()));
        }
        return commands;
    }
}
