package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /attendance}: the live list of today's meeting, to mark those without a phone at hand. */
@Component
class AttendanceCommand implements Command {

    private final AttendanceService attendance;
    private final AttendanceBoards boards;

    AttendanceCommand(AttendanceService attendance, AttendanceBoards boards) {
        this.attendance = attendance;
        this.boards = boards;
    }

    @Override
    public String name() {
        return "attendance";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void execute(Request request) {
        Meeting meeting = attendance.openAttendance(request.caller().membership());
        boards.show(request.chatId(), request.language(), meeting);
    }
}
