package ru.mumo.telegram.internal.documents;

import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.mumo.documents.ProtocolDocument;
import ru.mumo.documents.ProtocolFile;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;
import ru.mumo.voting.MinutesService;

/**
 * {@code /protocol}: the latest meeting's protocol as a .docx ready to sign, and its summary as text;
 * {@code /protocol 3} the protocol of meeting No. 3 (the latest meeting with that number).
 */
@Component
class ProtocolCommand implements Command {

    private final MinutesService minutes;
    private final MeetingService meetings;
    private final ProtocolDocument protocols;

    ProtocolCommand(MinutesService minutes, MeetingService meetings, ProtocolDocument protocols) {
        this.minutes = minutes;
        this.meetings = meetings;
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
        String argument = request.argument() == null ? "" : request.argument().strip().replaceFirst("^№\\s*", "");
        if (argument.isEmpty()) {
            send(request, protocols, minutes.currentMeeting(request.caller().membership()));
            return;
        }
        if (!argument.matches("\\d{1,4}")) {
            request.reply("protocol.number.invalid");
            return;
        }
        int number = Integer.parseInt(argument);
        Optional<Meeting> meeting = meetings.held(request.caller().membership().getAssociation().getId()).stream()
                .filter(m -> m.getNumber() == number).findFirst();
        if (meeting.isEmpty()) {
            request.reply("protocol.number.unknown", "number", number);
            return;
        }
        send(request, protocols, meeting.get());
    }

    /** The .docx with its caption, then the summary, to the chat the request came from. */
    static void send(Request request, ProtocolDocument protocols, Meeting meeting) {
        ProtocolFile file = protocols.protocol(meeting, request.language());
        request.outbox().document(request.chatId(), file.fileName(), file.content(),
                request.text("protocol.caption", "number", meeting.getNumber()));
        request.send(file.summary(), null);
    }
}
