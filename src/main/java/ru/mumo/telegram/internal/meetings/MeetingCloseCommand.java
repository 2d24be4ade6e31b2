package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /meeting_close}: ends the open meeting; its attendance is frozen for the protocol. */
@Component
class MeetingCloseCommand implements Command {

    private final AttendanceService attendance;
    private final MeetingTexts texts;

    MeetingCloseCommand(AttendanceService attendance, MeetingTexts texts) {
        this.attendance = attendance;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "meeting_close";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void execute(Request request) {
        Meeting meeting = attendance.close(request.caller().membership());
        request.reply("meeting.close.done", "number", meeting.getNumber(),
                "quorum", texts.quorum(request.language(), meeting.frozenQuorum()));
    }
}
