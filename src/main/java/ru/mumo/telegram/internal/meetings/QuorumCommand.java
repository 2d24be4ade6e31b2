package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingException;
import ru.mumo.meetings.MeetingException.Reason;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /quorum}: "6 of 10 present, quorum needs 6: quorate" for today's meeting. */
@Component
class QuorumCommand implements Command {

    private final AttendanceService attendance;
    private final MeetingTexts texts;

    QuorumCommand(AttendanceService attendance, MeetingTexts texts) {
        this.attendance = attendance;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "quorum";
    }

    @Override
    public Access access() {
        return Access.MEMBER;
    }

    @Override
    public void execute(Request request) {
        var meeting = attendance.today(request.caller().membership().getAssociation().getId())
                .filter(Meeting::isMeeting)
                .orElseThrow(() -> new MeetingException(Reason.NO_MEETING_TODAY));
        request.reply("quorum.reply", "meeting", texts.label(request.language(), meeting),
                "quorum", texts.quorum(request.language(), attendance.quorum(meeting.getId())));
    }
}
