package ru.mumo.telegram.internal.membership;

import org.springframework.stereotype.Component;

import ru.mumo.membership.AssociationService;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /municipality <name>}: the chair names the municipality printed on the association's documents. */
@Component
class MunicipalityCommand implements Command {

    static final int MIN = 3;
    static final int MAX = 200;

    private final AssociationService associations;

    MunicipalityCommand(AssociationService associations) {
        this.associations = associations;
    }

    @Override
    public String name() {
        return "municipality";
    }

    @Override
    public Access access() {
        return Access.CHAIR;
    }

    @Override
    public void execute(Request request) {
        String name = request.argument().replaceAll("\\s+", " ");
        if (name.length() < MIN || name.length() > MAX) {
            request.reply("municipality.usage", "min", MIN, "max", MAX);
            return;
        }
        associations.changeMunicipality(request.caller().membership(), name);
        request.reply("municipality.set", "name", name);
    }
}
