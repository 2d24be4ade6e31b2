package ru.mumo.telegram.internal.documents;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.MeetingStatus;
import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.Caller;
import ru.mumo.telegram.internal.InactiveButton;
import ru.mumo.voting.VoteException;
import ru.mumo.voting.VoteException.Reason;

/**
 * A protocol button's meeting and the caller's office in that meeting's association, which need not be the one
 * their commands act on: nudges about protocols reach officers of every association they serve.
 */
@Component
class ProtocolMeetings {

    private final MeetingService meetings;

    ProtocolMeetings(MeetingService meetings) {
        this.meetings = meetings;
    }

    /** A closed meeting, which has a protocol; any other id makes the button inactive. */
    Meeting closedMeeting(long id) {
        return meetings.meeting(id).filter(m -> m.getStatus() == MeetingStatus.CLOSED)
                .orElseThrow(InactiveButton::new);
    }

    /** The caller's membership in the meeting's association, if they are an officer there. */
    Membership officerOf(Caller caller, Meeting meeting) {
        return caller.membershipIn(meeting.getAssociationId())
                .filter(m -> m.isLive() && m.getRole().isOfficer())
                .orElseThrow(() -> new VoteException(Reason.NOT_ALLOWED));
    }
}
