package ru.mumo.telegram.internal.membership;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.membership.Association;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * The officials' overview of the associations, a page at a time: a region's instance may carry hundreds, more
 * than one message and one keyboard can hold. Each association has its chair, its size and a chair-link button.
 */
@Component
public class AssociationsOverview {

    static final int PAGE_SIZE = 10;

    private final MembershipService membership;
    private final AssociationService associations;
    private final RegulationTexts regulations;

    AssociationsOverview(MembershipService membership, AssociationService associations, RegulationTexts regulations) {
        this.membership = membership;
        this.associations = associations;
        this.regulations = regulations;
    }

    /** Sends the first page, or says there is nothing yet. */
    public void send(Request request) {
        List<Association> all = associations.all();
        if (all.isEmpty()) {
            request.reply("associations.none");
            return;
        }
        request.send(text(request, all, 0), keyboard(request, all, 0));
    }

    /** Replaces the overview with page {@code page} (clamped to the pages there are now). */
    void show(Request request, int page) {
        List<Association> all = associations.all();
        if (all.isEmpty()) {
            request.editOrigin(request.text("associations.none"), null);
            return;
        }
        int last = (all.size() - 1) / PAGE_SIZE;
        int shown = Math.max(0, Math.min(page, last));
        request.editOrigin(text(request, all, shown), keyboard(request, all, shown));
    }

    String chairName(long associationId) {
        return membership.members(associationId).stream().filter(m -> m.getRole() == Role.CHAIR)
                .map(m -> m.getPerson().getFullName()).findFirst().orElse("");
    }

    private String text(Request request, List<Association> all, int page) {
        int pages = (all.size() - 1) / PAGE_SIZE + 1;
        StringBuilder text = new StringBuilder(request.text("associations.header", "count", all.size()));
        if (pages > 1) {
            text.append(' ').append(request.text("associations.page", "page", page + 1, "pages", pages));
        }
        for (Association association : slice(all, page)) {
            List<Membership> members = membership.members(association.getId()).stream()
                    .filter(m -> m.getRole().countsAsMember()).toList();
            String chair = chairName(association.getId());
            text.append('\n').append(request.text("associations.line", "name", association.getName(),
                    "hasChair", chair.isEmpty() ? "no" : "yes", "chair", chair, "members", members.size(),
                    "title", regulations.title(association),
                    "regulation", regulations.name(request.language(), regulations.of(association)),
                    "confirmed", association.isRegulationConfirmed() ? "yes" : "no"));
        }
        return text.append("\n\n").append(request.text("associations.hint")).toString();
    }

    private Keyboard keyboard(Request request, List<Association> all, int page) {
        List<List<Button>> rows = new ArrayList<>();
        for (Association association : slice(all, page)) {
            rows.add(List.of(Button.callback(request.text("associations.button", "name", association.getName(),
                            "title", regulations.title(association)),
                    ButtonHandler.data(ChairLinkButtons.PREFIX, association.getId())),
                    Button.callback(request.text("associations.button.regulation"),
                            ButtonHandler.data(RegulationButtons.PREFIX, association.getId()))));
        }
        List<Button> navigation = new ArrayList<>();
        if (page > 0) {
            navigation.add(Button.callback(request.text("associations.previous"),
                    ButtonHandler.data(ChairLinkButtons.PREFIX, "page", page - 1)));
        }
        if ((page + 1) * PAGE_SIZE < all.size()) {
            navigation.add(Button.callback(request.text("associations.next"),
                    ButtonHandler.data(ChairLinkButtons.PREFIX, "page", page + 1)));
        }
        if (!navigation.isEmpty()) {
            rows.add(navigation);
        }
        return new Keyboard(rows);
    }

    private static List<Association> slice(List<Association> all, int page) {
        return all.subList(page * PAGE_SIZE, Math.min(all.size(), (page + 1) * PAGE_SIZE));
    }
}
