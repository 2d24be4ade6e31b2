package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /checkin}: opens today's meeting; members get "I'm here", the officer the live attendance list. */
@Component
class CheckInCommand implements Command {

    private final AttendanceService attendance;
    private final AttendanceBoards boards;

    CheckInCommand(AttendanceService attendance, AttendanceBoards boards) {
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
        request.reply("checkin.opened", "number", meeting.getNumber());
        boards.show(request.chatId(), request.language(), meeting);
    }
}
