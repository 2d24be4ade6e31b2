package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.deadlines.DeadlineService;
import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.deadlines.DeadlineTexts;

/**
 * {@code /meeting_close}: ends the open meeting; its record is written for the protocol, which is now due (the
 * deadlines module nudges the chair and the secretary about it). A meeting without quorum is said to be one: it
 * decided nothing and does not count as held.
 */
@Component
class MeetingCloseCommand implements Command {

    private final AttendanceService attendance;
    private final DeadlineService deadlines;
    private final MeetingTexts texts;

    MeetingCloseCommand(AttendanceService attendance, DeadlineService deadlines, MeetingTexts texts) {
        this.attendance = attendance;
        this.deadlines = deadlines;
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
        String text = request.text("meeting.close.done", "meeting", texts.label(request.language(), meeting),
                "quorum", texts.quorum(request.language(), meeting.frozenQuorum()));
        if (!meeting.isHeld()) {
            text += "\n\n" + request.text("meeting.close.no.quorum");
        }
        String protocol = deadlines.protocolOf(meeting.getId())
                .map(d -> request.text("meeting.close.protocol", "due", DeadlineTexts.DATE.format(d.getDueDate())))
                .orElse("");
        request.send(protocol.isEmpty() ? text : text + "\n\n" + protocol, null);
    }
}
