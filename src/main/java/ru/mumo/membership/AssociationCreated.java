package ru.mumo.membership;

/**
 * What the official gets back on creating an association: the one-time chair link and the member link. Also
 * published as an event, so that other modules set up what each association has (such as its deadlines).
 */
public record AssociationCreated(Association association, Invite chairInvite, Invite memberInvite) {
}
