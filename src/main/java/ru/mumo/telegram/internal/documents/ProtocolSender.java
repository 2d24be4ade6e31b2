package ru.mumo.telegram.internal.documents;

import org.springframework.stereotype.Component;

import ru.mumo.documents.ProtocolDocument;
import ru.mumo.documents.ProtocolFile;
import ru.mumo.meetings.Meeting;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.DocumentMaker;
import ru.mumo.telegram.internal.DocumentRequests;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.meetings.MeetingTexts;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/** Sends a protocol where a command or a button asked for it, built off the update thread. */
@Component
class ProtocolSender implements DocumentMaker {

    private final ProtocolDocument protocols;
    private final ProtocolMeetings access;
    private final MeetingTexts meetingTexts;
    private final DocumentRequests documents;

    ProtocolSender(ProtocolDocument protocols, ProtocolMeetings access, MeetingTexts meetingTexts,
            DocumentRequests documents) {
        this.protocols = protocols;
        this.access = access;
        this.meetingTexts = meetingTexts;
        this.documents = documents;
    }

    /** Asks for the meeting's protocol; false, with the person told why, when they must wait. */
    boolean send(Request request, Meeting meeting) {
        return documents.request(request, kind(), meeting.getAssociationId(), meeting.getId());
    }

    @Override
    public String kind() {
        return "protocol";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    /** The .docx with its caption, then the summary; under a draft's summary, the button to approve it. */
    @Override
    public void make(Request request) {
        Meeting meeting = access.closedMeeting(Long.parseLong(request.argument()));
        access.officerOf(request.caller(), meeting);
        ProtocolFile file = protocols.protocol(meeting, request.language());
        String label = meetingTexts.label(request.language(), meeting);
        request.outbox().document(request.chatId(), file.fileName(), file.content(),
                request.text("protocol.caption", "meeting", label, "final", file.isFinal() ? "yes" : "no"));
        request.send(file.summary(), file.isFinal() ? null : Keyboard.of(Button.callback(
                request.text("protocol.finalise.button"),
                ButtonHandler.data(ProtocolFinalButtons.PREFIX, meeting.getId()))));
    }
}
