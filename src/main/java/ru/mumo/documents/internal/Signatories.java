package ru.mumo.documents.internal;

import org.springframework.stereotype.Component;

import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Role;

/** Who signs an association's papers: the current holder of a role, or a blank to write the name in. */
@Component
public class Signatories {

    static final String BLANK = "____________________";

    private final MembershipService membership;

    Signatories(MembershipService membership) {
        this.membership = membership;
    }

    public String name(long associationId, Role role) {
        return membership.members(associationId).stream().filter(m -> m.getRole() == role)
                .map(m -> m.getPerson().getFullName()).findFirst().orElse(BLANK);
    }
}
