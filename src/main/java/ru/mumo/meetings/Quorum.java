package ru.mumo.meetings;

/**
 * Whether a meeting may decide (T 2.4): quorate when the members present are more than half of the current
 * members, chair, deputy and secretary included, guests never counted. 10 members need 6, 9 need 5, 11 need 6.
 */
public record Quorum(int members, int present) {

    public Quorum {
        if (members < 0 || present < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }

    public static Quorum of(int members, int present) {
        return new Quorum(members, present);
    }

    /** The smallest number that is more than half. */
    public int needed() {
        return members / 2 + 1;
    }

    public boolean quorate() {
        return present >= needed();
    }
}
