/**
 * The member data bank (S 3.6, S Appendix 3): each member's profile, who may read it, the member's own copy of
 * their data (/mydata) and its erasure (/forget). The .xlsx export is built by {@code documents} from here.
 * <p>
 * A module of its own rather than part of {@code membership}: the profile is held only with the member's
 * consent and seen only by the chair and the secretary, so everything that reads or erases it (the card, the
 * rows of the export, /mydata, /forget) goes through one place where those rules are checked. The events a
 * person attended come from {@code meetings}, which records attendance and knows nothing of the data bank. {@code membership} stays about who belongs where; this module
 * depends on it, never the other way round.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data bank",
        allowedDependencies = { "meetings", "membership", "shared" })
package ru.mumo.databank;
