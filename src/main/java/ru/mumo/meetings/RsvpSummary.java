package ru.mumo.meetings;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ru.mumo.membership.Membership;

/**
 * Who answered the announcement, counting members only (guests never count towards quorum): the quorum
 * forecast is the confirmed members against what the quorum needs.
 */
public record RsvpSummary(int members, int coming, int notComing, List<Long> unanswered) {

    /** The summary of the answers among the association's members, in the order of the member list. */
    static RsvpSummary of(List<Membership> everyone, List<Rsvp> rsvps) {
        Map<Long, RsvpAnswer> answers = rsvps.stream().collect(Collectors.toMap(Rsvp::getMembershipId, Rsvp::getAnswer));
        List<Membership> members = everyone.stream().filter(m -> m.getRole().countsAsMember()).toList();
        int coming = (int) members.stream().filter(m -> answers.get(m.getId()) == RsvpAnswer.COMING).count();
        int notComing = (int) members.stream().filter(m -> answers.get(m.getId()) == RsvpAnswer.NOT_COMING).count();
        List<Long> unanswered = members.stream().map(Membership::getId).filter(id -> !answers.containsKey(id)).toList();
        return new RsvpSummary(members.size(), coming, notComing, unanswered);
    }

    public Quorum forecast() {
        return Quorum.of(members, coming);
    }
}
