package ru.mumo.membership;

import java.util.List;

/** One membership, live or ended, with the roles it had over time. */
public record MembershipHistory(Membership membership, List<RoleAssignment> roles) {
}
