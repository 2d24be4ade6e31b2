package ru.mumo.telegram.internal.documents;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.meetings.MeetingTexts;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;
import ru.mumo.voting.ProtocolService;

/**
 * {@code pfin:<meeting>} under a draft protocol: asks to confirm, then ({@code pfin:<meeting>:y}) marks the
 * protocol final and sends the final file; {@code :n} keeps the draft. Acts in the meeting's association.
 */
@Component
class ProtocolFinalButtons implements ButtonHandler {

    static final String PREFIX = "pfin";

    private final ProtocolService protocols;
    private final ProtocolMeetings access;
    private final MeetingTexts meetingTexts;
    private final ProtocolSender sender;

    ProtocolFinalButtons(ProtocolService protocols, ProtocolMeetings access, MeetingTexts meetingTexts,
            ProtocolSender sender) {
        this.protocols = protocols;
        this.access = access;
        this.meetingTexts = meetingTexts;
        this.sender = sender;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.REGISTERED;
    }

    @Override
    public void press(Request request, ButtonData data) {
        Meeting meeting = access.closedMeeting(data.id(0));
        Membership officer = access.officerOf(request.caller(), meeting);
        String label = meetingTexts.label(request.language(), meeting);
        switch (data.word(1)) {
            case "" -> request.send(request.text("protocol.finalise.confirm", "meeting", label), Keyboard.of(
                    Button.callback(request.text("protocol.finalise.yes"), ButtonHandler.data(PREFIX, meeting.getId(), "y")),
                    Button.callback(request.text("protocol.finalise.no"), ButtonHandler.data(PREFIX, meeting.getId(), "n"))));
            case "y" -> {
                if (!protocols.finalise(officer, meeting.getId())) {
                    request.editOrigin(request.text("protocol.finalise.already"), null);
                    return;
                }
                request.editOrigin(request.text("protocol.finalised", "meeting", label), null);
                sender.send(request, meeting);
            }
            case "n" -> request.editOrigin(request.text("protocol.finalise.kept"), null);
            default -> request.answer("button.inactive");
        }
    }
}
