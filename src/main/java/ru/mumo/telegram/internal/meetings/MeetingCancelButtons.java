package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * {@code mcancel:<meeting>} asks to confirm, {@code mcancel:<meeting>:y} cancels, {@code mcancel:<meeting>:n}
 * keeps the meeting.
 */
@Component
class MeetingCancelButtons implements ButtonHandler {

    static final String PREFIX = "mcancel";

    private final MeetingService meetings;
    private final MeetingAccess access;
    private final MeetingTexts texts;

    MeetingCancelButtons(MeetingService meetings, MeetingAccess access, MeetingTexts texts) {
        this.meetings = meetings;
        this.access = access;
        this.texts = texts;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void press(Request request, ButtonData data) {
        Meeting meeting = access.meeting(data.id(0));
        // Refuses officers of another association before showing anything of this meeting (its date, say).
        Membership officer = access.membershipFor(request.caller(), meeting);
        switch (data.word(1)) {
            case "" -> request.editOrigin(request.text(MeetingTexts.key(meeting, "meeting.cancel.confirm"),
                    "when", MeetingTexts.when(meeting), "meeting", texts.label(request.language(), meeting)), Keyboard.of(
                    Button.callback(request.text("meeting.cancel.yes"), ButtonHandler.data(PREFIX, meeting.getId(), "y")),
                    Button.callback(request.text("meeting.cancel.no"), ButtonHandler.data(PREFIX, meeting.getId(), "n"))));
            case "y" -> {
                meetings.cancel(officer, meeting.getId());
                request.editOrigin(request.text(MeetingTexts.key(meeting, "meeting.cancel.done"),
                        "when", MeetingTexts.when(meeting), "meeting", texts.label(request.language(), meeting)), null);
            }
            case "n" -> request.editOrigin(request.text(MeetingTexts.key(meeting, "meeting.cancel.kept")), null);
            default -> request.answer("button.inactive");
        }
    }
}
