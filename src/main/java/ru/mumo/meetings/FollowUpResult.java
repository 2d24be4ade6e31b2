package ru.mumo.meetings;

/**
 * What came of an officer's request to follow up: {@code sent} to {@code recipients} people; or nothing, because
 * nobody is left to remind ({@code recipients} 0) or because {@code previous} went less than ten minutes ago.
 */
public record FollowUpResult(boolean sent, int recipients, FollowUp previous) {

    /** Too soon after {@code previous}: nothing was sent. */
    public boolean tooSoon() {
        return !sent && previous != null;
    }
}
