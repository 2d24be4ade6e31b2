package ru.mumo.voting;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.meetings.MaterialService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingMaterial;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.MeetingStatus;
import ru.mumo.membership.Association;
import ru.mumo.membership.Membership;
import ru.mumo.membership.AssociationService;
import ru.mumo.voting.VoteException.Reason;
import ru.mumo.voting.internal.ProtocolMaterials;
import ru.mumo.voting.internal.Protocols;

/** The protocols' records: written at close, completed by the secretary, then marked final for good. */
@Service
@Transactional
public class ProtocolService {

    private final Protocols protocols;
    private final ProtocolMaterials listed;
    private final MaterialService materials;
    private final MeetingService meetings;
    private final AssociationService associations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProtocolService(Protocols protocols, ProtocolMaterials listed, MaterialService materials, MeetingService meetings,
            AssociationService associations, ApplicationEventPublisher events, Clock clock) {
        this.protocols = protocols;
        this.listed = listed;
        this.materials = materials;
        this.meetings = meetings;
        this.associations = associations;
        this.events = events;
        this.clock = clock;
    }

    /** Writes the record of a meeting just closed, once. */
    void draft(long meetingId) {
        if (protocols.existsById(meetingId)) {
            return;
        }
        Meeting meeting = meetings.meeting(meetingId).orElseThrow();
        Association association = associations.association(meeting.getAssociationId()).orElseThrow();
        protocols.save(new Protocol(meetingId, association.getId(), association.getName(),
                association.getMunicipality(), associations.regulationOf(association).code(), clock.instant()));
    }

    /** The protocol's record; empty while the meeting has not been closed. */
    @Transactional(readOnly = true)
    public Optional<Protocol> protocol(long meetingId) {
        return protocols.findById(meetingId);
    }

    /**
     * An officer of the meeting's association marks its protocol final, after the meeting was closed.
     *
     * @return {@code false} if it was final already
     */
    public boolean finalise(Membership officer, long meetingId) {
        VoteService.requireOfficer(officer);
        Meeting meeting = meetings.meeting(meetingId)
                .filter(m -> m.getAssociationId() == officer.getAssociation().getId())
                .orElseThrow(() -> new VoteException(Reason.NO_HELD_MEETING));
        if (meeting.getStatus() != MeetingStatus.CLOSED) {
            throw new VoteException(Reason.MEETING_NOT_CLOSED);
        }
        Protocol protocol = protocols.findById(meetingId).orElseThrow();
        if (!protocol.finalise(officer.getId(), clock.instant())) {
            return false;
        }
        List<MeetingMaterial> attached = materials.materials(meetingId);
        for (int i = 0; i < attached.size(); i++) {
            listed.save(new ProtocolMaterial(meetingId, i, attached.get(i).getAgendaPosition(),
                    attached.get(i).getFileName()));
        }
        events.publishEvent(new ProtocolFinalised(meetingId));
        return true;
    }

    /**
     * The materials the protocol lists: as written down when it was marked final, or, for a draft, those attached
     * now, whole meeting first, then item by item.
     */
    @Transactional(readOnly = true)
    public List<ProtocolMaterial> materials(long meetingId) {
        Protocol protocol = protocols.findById(meetingId).orElse(null);
        if (protocol != null && protocol.isFinal()) {
            return listed.findByMeeting(meetingId);
        }
        return materials.materials(meetingId).stream()
                .map(m -> new ProtocolMaterial(meetingId, 0, m.getAgendaPosition(), m.getFileName())).toList();
    }

    /** Refuses a change to the minutes of a meeting whose protocol is final. */
    void requireDraft(long meetingId) {
        protocols.findById(meetingId).ifPresent(Protocol::requireDraft);
    }
}
