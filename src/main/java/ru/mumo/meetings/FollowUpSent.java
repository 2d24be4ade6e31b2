package ru.mumo.meetings;

import java.util.List;

/**
 * An officer's follow-up is to reach {@code recipients} (memberships), and only them; the adapter writes to each,
 * naming who asked. The list lives only in this event: the stored {@link FollowUp} keeps the number.
 */
public record FollowUpSent(FollowUp.Kind kind, long subjectId, long askedByMembershipId, List<Long> recipients) {
}
