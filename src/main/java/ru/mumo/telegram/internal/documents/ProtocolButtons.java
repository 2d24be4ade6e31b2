package ru.mumo.telegram.internal.documents;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
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

    private final ProtocolMeetings access;
    private final ProtocolSender sender;

    ProtocolButtons(ProtocolMeetings access, ProtocolSender sender) {
        this.access = access;
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
        access.officerOf(request.caller(), meeting);
        if (sender.send(request, meeting)) {
            request.answer("protocol.sending");
        }
    }
}
