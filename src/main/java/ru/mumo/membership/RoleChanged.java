package ru.mumo.membership;

/** The chair gave a member another role (deputy, secretary, or back to member). */
public record RoleChanged(long associationId, long membershipId, long personId, Role oldRole, Role newRole) {
}
