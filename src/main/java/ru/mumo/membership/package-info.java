/**
 * Associations, their members and roles, invites and consent: who belongs where and may do what.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Membership")
package ru.mumo.membership;
