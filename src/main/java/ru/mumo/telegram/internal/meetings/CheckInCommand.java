package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/**
 * {@code /checkin}: opens today's meeting or event; members get "I'm here", the officer the live attendance list.
 */
@Component
class CheckInCommand implements Command {

    private final AttendanceService attendance;
    private final AttendanceBoards boards;
    private final MeetingTexts texts;

    CheckInCommand(AttendanceService attendance, AttendanceBoards boards, MeetingTexts texts) {
        this.texts = texts;
        this.attendance = attendance;
        this.boards = boards;
    }

    @Override
    public String name() {
        return "checkin";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void execute(Request request) {
        Meeting meeting = attendance.openCheckIn(request.caller().membership());
        request.reply(MeetingTexts.key(meeting, "checkin.opened"), "meeting", texts.label(request.language(), meeting),
                "members", attendance.roll(meeting.getId()).size());
        boards.show(request.chatId(), request.language(), meeting);
    }
}
