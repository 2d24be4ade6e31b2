package ru.mumo.telegram.internal.documents;

import org.springframework.stereotype.Component;

import ru.mumo.documents.ProtocolDocument;
import ru.mumo.documents.ProtocolFile;
import ru.mumo.meetings.Meeting;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.meetings.MeetingTexts;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/** Sends a protocol where a command or a button asked for it. */
@Component
class ProtocolSender {

    private final ProtocolDocument protocols;
    private final MeetingTexts meetingTexts;

    ProtocolSender(ProtocolDocument protocols, MeetingTexts meetingTexts) {
        this.protocols = protocols;
        this.meetingTexts = meetingTexts;
    }

    /** The .docx with its caption, then the summary; under a draft's summary, the button to approve it. */
    void send(Request request, Meeting meeting) {
        ProtocolFile file = protocols.protocol(meeting, request.language());
        String label = meetingTexts.label(request.language(), meeting);
        request.outbox().document(request.chatId(), file.fileName(), file.content(),
                request.text("protocol.caption", "meeting", label, "final", file.isFinal() ? "yes" : "no"));
        request.send(file.summary(), file.isFinal() ? null : Keyboard.of(Button.callback(
                request.text("protocol.finalise.button"),
                ButtonHandler.data(ProtocolFinalButtons.PREFIX, meeting.getId()))));
    }
}
