package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingException;
import ru.mumo.meetings.MeetingException.Reason;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.Caller;

/**
 * Resolves a button's meeting id and the caller's membership in that meeting's association. A person may belong
 * to several associations; a button acts in the association of its meeting, whichever one they chose.
 */
@Component
class MeetingAccess {

    private final MeetingService meetings;

    MeetingAccess(MeetingService meetings) {
        this.meetings = meetings;
    }

    Meeting meeting(long id) {
        return meetings.meeting(id).orElseThrow(() -> new MeetingException(Reason.NO_SUCH_MEETING));
    }

    /** The caller's membership in the meeting's association; refuses strangers to it. */
    Membership membershipFor(Caller caller, Meeting meeting) {
        return caller.membershipIn(meeting.getAssociationId())
                .orElseThrow(() -> new MeetingException(Reason.NOT_A_MEMBER));
    }
}
