package ru.mumo.telegram.internal;

/** Who may run a command or press a button. */
public enum Access {
    /** Anyone who writes to the bot, registered or not. */
    EVERYONE,
    /** An official of the education department ({@code APP_ADMINS}). */
    OFFICIAL,
    /** Anyone the bot knows as a person, whether or not they still belong to an association. */
    REGISTERED,
    /** A member (or guest) of the association the caller acts in. */
    MEMBER,
    /** The chair, deputy or secretary of that association. */
    OFFICER,
    /** The chair or the secretary of that association: those who keep the member data bank (S 3.6). */
    KEEPER,
    /** The chair of that association, or its deputy while the chair's seat is empty (T 2.5). */
    CHAIR;

    public boolean allows(Caller caller) {
        return switch (this) {
            case EVERYONE -> true;
            case OFFICIAL -> caller.official();
            case REGISTERED -> caller.registered();
            case MEMBER -> caller.membership() != null;
            case OFFICER -> caller.membership() != null && caller.membership().getRole().isOfficer();
            case KEEPER -> caller.membership() != null && caller.membership().getRole().keepsDataBank();
            case CHAIR -> caller.actsAsChair();
        };
    }
}
