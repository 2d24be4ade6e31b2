package ru.mumo.membership;

/** A person's role in one association (DOMAIN.md, "People and roles"). */
public enum Role {
    CHAIR, DEPUTY, SECRETARY, MEMBER, GUEST;

    /** Chair, deputy and secretary run the association's work: meetings, invites, votes. */
    public boolean isOfficer() {
        return this == CHAIR || this == DEPUTY || this == SECRETARY;
    }

    /** The chair and the secretary keep the member data bank (S 3.6) and alone may see it. */
    public boolean keepsDataBank() {
        return this == CHAIR || this == SECRETARY;
    }

    /** Guests take part but neither count towards quorum nor vote (T 2.12, T 3.7). */
    public boolean countsAsMember() {
        return this != GUEST;
    }
}
