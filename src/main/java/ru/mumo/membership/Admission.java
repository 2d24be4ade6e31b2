package ru.mumo.membership;

/**
 * What opening an invite gave: a membership, or (where the chair approves the composition, T 2.2) a request that
 * waits for the chair. Exactly one of the two is set.
 */
public record Admission(Membership membership, JoinRequest request) {

    public static Admission joined(Membership membership) {
        return new Admission(membership, null);
    }

    public static Admission requested(JoinRequest request) {
        return new Admission(null, request);
    }

    public boolean joined() {
        return membership != null;
    }
}
