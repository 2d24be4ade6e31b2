package ru.mumo.meetings;

import java.util.List;

/**
 * Who answered the announcement, counting members only (guests never count towards quorum): the quorum
 * forecast is the confirmed members against what the quorum needs.
 */
public record RsvpSummary(int members, int coming, int notComing, List<Long> unanswered) {

    public Quorum forecast() {
        return Quorum.of(members, coming);
    }
}
