package ru.mumo.voting;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Membership;
import ru.mumo.voting.VoteException.Reason;
import ru.mumo.voting.internal.Minutes;

/** The protocol's "Слушали" and "Решили" per agenda item, written by an officer during or after the meeting. */
@Service
@Transactional(noRollbackFor = VoteException.class)
public class MinutesService {

    static final int MAX_TEXT = 4000;

    private final Minutes minutes;
    private final MeetingService meetings;

    MinutesService(Minutes minutes, MeetingService meetings) {
        this.minutes = minutes;
        this.meetings = meetings;
    }

    /** The association's latest meeting that has begun: the one whose protocol is being written. */
    @Transactional(readOnly = true)
    public Meeting currentMeeting(Membership officer) {
        VoteService.requireOfficer(officer);
        return meetings.held(officer.getAssociation().getId()).stream().findFirst()
                .orElseThrow(() -> new VoteException(Reason.NO_HELD_MEETING));
    }

    public AgendaMinutes hear(Membership officer, long meetingId, int position, String text) {
        AgendaMinutes item = item(officer, meetingId, position);
        item.hear(require(text));
        return item;
    }

    public AgendaMinutes decide(Membership officer, long meetingId, int position, String text) {
        AgendaMinutes item = item(officer, meetingId, position);
        item.decide(require(text));
        return item;
    }

    @Transactional(readOnly = true)
    public List<AgendaMinutes> minutesOf(long meetingId) {
        return minutes.findByMeeting(meetingId);
    }

    private AgendaMinutes item(Membership officer, long meetingId, int position) {
        VoteService.requireOfficer(officer);
        Meeting meeting = meetings.meeting(meetingId)
                .filter(m -> m.getAssociationId() == officer.getAssociation().getId())
                .orElseThrow(() -> new VoteException(Reason.NO_HELD_MEETING));
        if (position < 0 || position >= meeting.getAgenda().size()) {
            throw new VoteException(Reason.NO_SUCH_ITEM);
        }
        return minutes.find(meetingId, position)
                .orElseGet(() -> minutes.save(new AgendaMinutes(meetingId, position)));
    }

    private static String require(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new VoteException(Reason.EMPTY_TEXT);
        }
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }
}
