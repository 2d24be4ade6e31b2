package ru.mumo.telegram.internal.meetings;

import java.time.Clock;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingException;
import ru.mumo.meetings.MeetingException.Reason;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * {@code medit:<meeting>} asks what to change; {@code medit:<meeting>:w} (date and time) or
 * {@code medit:<meeting>:p} (place or link) starts {@link MeetingEditDialog} for the new value.
 */
@Component
class MeetingEditButtons implements ButtonHandler {

    static final String PREFIX = "medit";

    private final MeetingAccess access;
    private final MeetingEditDialog dialog;
    private final MeetingTexts texts;
    private final Clock clock;

    MeetingEditButtons(MeetingAccess access, MeetingEditDialog dialog, MeetingTexts texts, Clock clock) {
        this.texts = texts;
        this.access = access;
        this.dialog = dialog;
        this.clock = clock;
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
        // Refuses officers of another association before showing anything of this meeting.
        access.membershipFor(request.caller(), meeting);
        if (!meeting.isUpcoming(clock.instant())) {
            throw new MeetingException(Reason.NOT_UPCOMING);
        }
        String field = data.word(1);
        switch (field) {
            case "" -> request.editOrigin(request.text(MeetingTexts.key(meeting, "meeting.edit.pick.field"),
                    "when", MeetingTexts.when(meeting), "meeting", texts.label(request.language(), meeting)), Keyboard.of(
                    Button.callback(request.text("meeting.edit.when"), ButtonHandler.data(PREFIX, meeting.getId(), "w")),
                    Button.callback(request.text("meeting.edit.place"), ButtonHandler.data(PREFIX, meeting.getId(), "p"))));
            case "w", "p" -> {
                request.editOrigin(request.text(MeetingTexts.key(meeting, "meeting.edit.pick.field"),
                        "when", MeetingTexts.when(meeting), "meeting", texts.label(request.language(), meeting)), null);
                dialog.begin(request, meeting, field.equals("w") ? MeetingEditDialog.WHEN : MeetingEditDialog.PLACE);
            }
            default -> request.answer("button.inactive");
        }
    }
}
