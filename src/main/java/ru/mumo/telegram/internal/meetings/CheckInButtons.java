package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;

/** "I'm here" ({@code here:<meeting>}): the member checks in themselves, while check-in is open. */
@Component
class CheckInButtons implements ButtonHandler {

    static final String PREFIX = "here";

    private final AttendanceService attendance;
    private final MeetingAccess access;
    private final MeetingTexts texts;

    CheckInButtons(AttendanceService attendance, MeetingAccess access, MeetingTexts texts) {
        this.texts = texts;
        this.attendance = attendance;
        this.access = access;
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
        Meeting meeting = access.meeting(data.id(0));
        attendance.checkIn(meeting.getId(), access.membershipFor(request.caller(), meeting));
        request.editOrigin(request.text(MeetingTexts.key(meeting, "checkin.notice"),
                "meeting", texts.label(request.language(), meeting)) + "\n\n"
                + request.text(MeetingTexts.key(meeting, "checkin.done")), null);
        request.answer(MeetingTexts.key(meeting, "checkin.done"));
    }
}
