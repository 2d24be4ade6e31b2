/**
 * Associations, their members and roles, invites and consent: who belongs where and may do what.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Membership",
        allowedDependencies = { "shared" })
package ru.mumo.membership;
