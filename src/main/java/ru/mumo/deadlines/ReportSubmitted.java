package ru.mumo.deadlines;

import ru.mumo.documents.ReportPeriod;

/**
 * An officer marked an annual report done: it goes where the regulation sends it (T 3.8: to РУМО; S 3.4: to the
 * education department), through the officials.
 */
public record ReportSubmitted(long associationId, long deadlineId, DeadlineKind kind, ReportPeriod period,
        long byMembershipId) {
}
