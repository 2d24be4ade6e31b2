package ru.mumo.telegram.internal.meetings;

import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingException;
import ru.mumo.meetings.MeetingException.Reason;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.telegram.internal.Caller;

/**
 * Resolves a button's meeting id and the caller's membership in that meeting's association. A person may belong
 * to several associations; a button acts in the association of its meeting, whichever one they chose.
 */
@Component
class MeetingAccess {

    private final MeetingService meetings;
    private final MembershipService membership;

    MeetingAccess(MeetingService meetings, MembershipService membership) {
        this.meetings = meetings;
        this.membership = membership;
    }

    Meeting meeting(String id) {
        try {
            return meetings.meeting(Long.parseLong(id))
                    .orElseThrow(() -> new MeetingException(Reason.NO_SUCH_MEETING));
        } catch (NumberFormatException e) {
            throw new MeetingException(Reason.NO_SUCH_MEETING);
        }
    }

    /** The caller's membership in the meeting's association; refuses strangers to it. */
    Membership membershipFor(Caller caller, Meeting meeting) {
        return find(caller, meeting).orElseThrow(() -> new MeetingException(Reason.NOT_A_MEMBER));
    }

    private Optional<Membership> find(Caller caller, Meeting meeting) {
        if (caller.person() == null) {
            return Optional.empty();
        }
        return membership.membershipsOf(caller.person()).stream()
                .filter(m -> m.getAssociation().getId() == meeting.getAssociationId())
                .findFirst();
    }
}
