package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.Meeting;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/**
 * {@code /event_close}: ends the open event and writes its attendance list: the event is held, those present get
 * it in their data bank entries, and the work plan's item it carries out is done. It counts as no meeting.
 */
@Component
class EventCloseCommand implements Command {

    private final AttendanceService attendance;
    private final MeetingTexts texts;

    EventCloseCommand(AttendanceService attendance, MeetingTexts texts) {
        this.attendance = attendance;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "event_close";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void execute(Request request) {
        Meeting event = attendance.closeEvent(request.caller().membership());
        request.reply("event.close.done", "meeting", texts.label(request.language(), event),
                "present", event.frozenQuorum().present());
    }
}
