/**
 * Meetings of an association: scheduling with an agenda, RSVPs, reminders, check-in, attendance and quorum
 * (DOMAIN.md, "Meetings, quorum and decisions"). Quartz is a detail inside {@code internal/}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings",
        allowedDependencies = { "membership", "shared" })
package ru.mumo.meetings;
