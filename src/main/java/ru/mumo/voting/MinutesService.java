package ru.mumo.voting;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.MeetingStatus;
import ru.mumo.membership.Membership;
import ru.mumo.voting.VoteException.Reason;
import ru.mumo.voting.internal.Minutes;

/**
 * The protocol's "Слушали" and "Решили" per agenda item, written by an officer during or after the meeting until
 * the protocol is final. A meeting without quorum decides nothing (T 2.4), so it gets no "Решили".
 */
@Service
@Transactional
public class MinutesService {

    static final int MAX_TEXT = 4000;

    private final Minutes minutes;
    private final MeetingService meetings;
    private final AttendanceService attendance;
    private final ProtocolService protocols;

    MinutesService(Minutes minutes, MeetingService meetings, AttendanceService attendance,
            ProtocolService protocols) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.attendance = attendance;
        this.protocols = protocols;
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
        requireQuorate(meetingId);
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
        protocols.requireDraft(meetingId);
        return minutes.find(meetingId, position)
                .orElseGet(() -> minutes.save(new AgendaMinutes(meetingId, position)));
    }

    /** Refuses minutes for a meeting whose protocol is already final. */
    @Transactional(readOnly = true)
    public void requireEditable(long meetingId) {
        protocols.requireDraft(meetingId);
    }

    /**
     * Whether the meeting may decide: quorate at close once closed, quorate now while it runs. {@code /decided}
     * asks before the text is typed, so that nobody writes a decision only to have it refused.
     */
    @Transactional(readOnly = true)
    public void requireQuorate(long meetingId) {
        Meeting meeting = meetings.meeting(meetingId).orElseThrow(() -> new VoteException(Reason.NO_HELD_MEETING));
        boolean quorate = meeting.getStatus() == MeetingStatus.CLOSED ? meeting.isHeld()
                : attendance.quorum(meetingId).quorate();
        if (!quorate) {
            throw new VoteException(Reason.NOT_QUORATE);
        }
    }

    private static String require(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            // A message's text is never blank and /heard, /decided pass on what was typed: a caller's mistake.
            throw new IllegalArgumentException("Minutes need a text");
        }
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }
}
