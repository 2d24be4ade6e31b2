/**
 * The papers the association hands over: the meeting protocol (S Appendix 2), the work plan (S Appendix 1),
 * the annual report and the member data bank export, built with Apache POI from domain data. Knows nothing
 * of Telegram; the telegram module sends what this module builds.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
        allowedDependencies = { "databank", "meetings", "membership", "shared", "voting" })
package ru.mumo.documents;
