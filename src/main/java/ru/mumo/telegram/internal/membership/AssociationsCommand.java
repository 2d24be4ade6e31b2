package ru.mumo.telegram.internal.membership;

import org.springframework.stereotype.Component;

import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/**
 * {@code /associations}: the education department's overview of the associations, each with its chair and size,
 * and a button per association for a fresh chair link, for when a chair left, changed or missed the first link.
 */
@Component
class AssociationsCommand implements Command {

    private final AssociationsOverview overview;

    AssociationsCommand(AssociationsOverview overview) {
        this.overview = overview;
    }

    @Override
    public String name() {
        return "associations";
    }

    @Override
    public Access access() {
        return Access.OFFICIAL;
    }

    @Override
    public void execute(Request request) {
        overview.send(request);
    }
}
