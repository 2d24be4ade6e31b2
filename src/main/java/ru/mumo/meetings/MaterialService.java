package ru.mumo.meetings;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.meetings.MeetingException.Reason;
import ru.mumo.meetings.internal.MeetingMaterials;
import ru.mumo.meetings.internal.Meetings;
import ru.mumo.membership.Membership;

/**
 * Materials of meetings and events (T 2.6): officers attach documents while scheduling or later, to the whole
 * meeting or to an agenda item, and remove one attached by mistake; members get them with the announcement or on
 * request. A cancelled meeting takes none.
 */
@Service
@Transactional
public class MaterialService {

    /** Enough for any meeting's papers, and few enough to send to every member at once. */
    public static final int MAX_PER_MEETING = 20;

    private final MeetingMaterials materials;
    private final Meetings meetings;
    private final Clock clock;

    MaterialService(MeetingMaterials materials, Meetings meetings, Clock clock) {
        this.materials = materials;
        this.meetings = meetings;
        this.clock = clock;
    }

    public MeetingMaterial attach(Membership officer, long meetingId, NewMaterial material) {
        Meeting meeting = own(officer, meetingId);
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new MeetingException(Reason.NOT_UPCOMING);
        }
        return add(meeting, material, officer);
    }

    /** While scheduling: the meeting was just saved by the same officer, before its announcement goes out. */
    void attachAll(Meeting meeting, List<NewMaterial> added, Membership officer) {
        added.forEach(m -> add(meeting, m, officer));
    }

    public void remove(Membership officer, long materialId) {
        MeetingMaterial material = materials.findById(materialId)
                .orElseThrow(() -> new MeetingException(Reason.NO_SUCH_MATERIAL));
        own(officer, material.getMeetingId());
        materials.delete(material);
    }

    @Transactional(readOnly = true)
    public List<MeetingMaterial> materials(long meetingId) {
        return materials.findByMeeting(meetingId);
    }

    private MeetingMaterial add(Meeting meeting, NewMaterial material, Membership officer) {
        Integer position = material.agendaPosition();
        if (position != null && (position < 0 || position >= meeting.getAgenda().size())) {
            throw new MeetingException(Reason.NO_SUCH_ITEM);
        }
        if (materials.countByMeeting(meeting.getId()) >= MAX_PER_MEETING) {
            throw new MeetingException(Reason.TOO_MANY_MATERIALS);
        }
        return materials.save(new MeetingMaterial(meeting.getId(), material, officer.getId(), clock.instant()));
    }

    private Meeting own(Membership officer, long meetingId) {
        MeetingService.requireOfficer(officer);
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new MeetingException(Reason.NO_SUCH_MEETING));
        MeetingService.requireMemberOf(officer, meeting);
        return meeting;
    }
}
