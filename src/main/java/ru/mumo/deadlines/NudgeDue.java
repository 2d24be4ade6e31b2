package ru.mumo.deadlines;

import java.time.LocalDate;
import java.util.List;

/**
 * A deadline's nudge is due today: who gets it (memberships), and whether the deputy is among them because the
 * chair let it run overdue. Published in the transaction that records the nudge, so it goes out exactly once.
 * {@code meetingId} names the meeting whose protocol is due, 0 for a calendar deadline.
 */
public record NudgeDue(long deadlineId, long associationId, DeadlineKind kind, LocalDate dueDate, int daysLeft,
        Progress progress, List<Long> recipients, Long escalatedTo, long meetingId) {
}
