package ru.mumo.telegram.internal;

import ru.mumo.membership.Role;

/** Who may run a command or press a button. */
public enum Access {
    /** Anyone who writes to the bot, registered or not. */
    EVERYONE,
    /** An official of the education department ({@code APP_ADMINS}). */
    OFFICIAL,
    /** A member (or guest) of the association the caller acts in. */
    MEMBER,
    /** The chair, deputy or secretary of that association. */
    OFFICER,
    /** The chair of that association. */
    CHAIR;

    public boolean allows(Caller caller) {
        return switch (this) {
            case EVERYONE -> true;
            case OFFICIAL -> caller.official();
            case MEMBER -> caller.membership() != null;
            case OFFICER -> caller.membership() != null && caller.membership().getRole().isOfficer();
            case CHAIR -> caller.membership() != null && caller.membership().getRole() == Role.CHAIR;
        };
    }
}
