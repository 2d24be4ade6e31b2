package ru.mumo.membership;

/** What the official gets back on creating an association: the one-time chair link and the member link. */
public record AssociationCreated(Association association, Invite chairInvite, Invite memberInvite) {
}
