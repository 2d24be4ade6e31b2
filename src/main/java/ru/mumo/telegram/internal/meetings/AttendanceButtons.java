package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;

/**
 * A name on the live attendance list ({@code att:<meeting>:<membership>}): marks the person present or absent.
 * The list itself is edited by the attendance event, for every officer who holds one. {@code att:<meeting>:page:<n>}
 * turns the officer's list to another page.
 */
@Component
class AttendanceButtons implements ButtonHandler {

    static final String PREFIX = "att";

    private final AttendanceService attendance;
    private final MeetingAccess access;
    private final AttendanceBoards boards;

    AttendanceButtons(AttendanceService attendance, MeetingAccess access, AttendanceBoards boards) {
        this.attendance = attendance;
        this.access = access;
        this.boards = boards;
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
        if (data.size() == 3 && data.is(1, "page")) {
            Meeting meeting = access.meeting(data.id(0));
            access.membershipFor(request.caller(), meeting);
            boards.turn(request, meeting, data.position(2));
            return;
        }
        if (data.size() != 2) {
            request.answer("button.inactive");
            return;
        }
        Meeting meeting = access.meeting(data.id(0));
        long target = data.id(1);
        boolean present = attendance.toggle(meeting.getId(), access.membershipFor(request.caller(), meeting), target);
        request.answer(present ? "attendance.marked.present" : "attendance.marked.absent");
    }
}
