package ru.mumo.telegram.internal.voting;

import org.springframework.stereotype.Component;

import ru.mumo.documents.ProtocolDocument;
import ru.mumo.documents.ProtocolFile;
import ru.mumo.meetings.Meeting;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;
import ru.mumo.voting.MinutesService;

/** {@code /protocol}: the latest meeting's protocol as a .docx ready to sign, and its summary as text. */
@Component
class ProtocolCommand implements Command {

    private final MinutesService minutes;
    private final ProtocolDocument protocols;

    ProtocolCommand(MinutesService minutes, ProtocolDocument protocols) {
        this.minutes = minutes;
        this.protocols = protocols;
    }

    @Override
    public String name() {
        return "protocol";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void execute(Request request) {
        Meeting meeting = minutes.currentMeeting(request.caller().membership());
        ProtocolFile file = protocols.protocol(meeting, request.language());
        request.outbox().document(request.chatId(), file.fileName(), file.content(),
                request.text("protocol.caption", "number", meeting.getNumber()));
        request.send(file.summary(), null);
    }
}
