/**
 * The regulation's calendar of each association (DOMAIN.md, "Deadlines the chair and secretary must meet") and
 * the nudges that keep the chair and the secretary on time. Quartz is a detail inside {@code internal/}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines",
        allowedDependencies = { "documents", "meetings", "membership", "shared", "voting" })
package ru.mumo.deadlines;
