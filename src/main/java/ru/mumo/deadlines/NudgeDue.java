package ru.mumo.deadlines;

import java.time.LocalDate;
import java.util.List;

/**
 * A deadline's nudge is due today, and who gets it. Published in the transaction that records the nudge, so it goes
 * out exactly once. A nudge never goes to nobody: with the chair's seat empty it goes to the deputy standing in (where
 * the regulation has one) and to the officials, who are told the seat is empty.
 *
 * @param recipients the memberships that get it
 * @param escalatedTo the deputy who gets it because the chair let it run overdue, or {@code null}
 * @param meetingId the meeting whose protocol is due, 0 for a calendar deadline
 * @param standingIn the deputy who gets it in the absent chair's stead (T 2.5), or {@code null}
 * @param officials whether the officials get it too: the chair's seat is empty, or a term ends today
 * @param chairSeatEmpty whether the association has no chair now
 * @param clause the clause of the association's regulation the deadline comes from
 */
public record NudgeDue(long deadlineId, long associationId, DeadlineKind kind, LocalDate dueDate, int daysLeft,
        Progress progress, List<Long> recipients, Long escalatedTo, long meetingId, Long standingIn, boolean officials,
        boolean chairSeatEmpty, String clause) {
}
