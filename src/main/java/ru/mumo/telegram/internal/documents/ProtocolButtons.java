package ru.mumo.telegram.internal.documents;

import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.mumo.documents.ProtocolDocument;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.MeetingStatus;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;

/**
 * {@code proto:<meeting>} under a protocol nudge: sends that meeting's protocol. Like the nudge, it acts in the
 * meeting's association, which need not be the one the officer's commands currently act on.
 */
@Component
public class ProtocolButtons implements ButtonHandler {

    public static final String PREFIX = "proto";

    private final MeetingService meetings;
    private final ProtocolDocument protocols;

    ProtocolButtons(MeetingService meetings, ProtocolDocument protocols) {
        this.meetings = meetings;
        this.protocols = protocols;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.MEMBER;
    }

    @Override
    public void press(Request request, ButtonData data) {
        Optional<Meeting> meeting = meetings.meeting(data.id(0))
                .filter(m -> m.getStatus() == MeetingStatus.OPEN || m.getStatus() == MeetingStatus.CLOSED);
        if (meeting.isEmpty()) {
            request.answer("button.inactive");
            return;
        }
        boolean officer = request.caller().membershipIn(meeting.get().getAssociationId())
                .filter(m -> m.isLive() && m.getRole().isOfficer()).isPresent();
        if (!officer) {
            request.alert("refused.not.allowed");
            return;
        }
        request.answer("protocol.sending");
        ProtocolCommand.send(request, protocols, meeting.get());
    }
}
