package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.MeetingService;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /meeting_cancel}: pick an upcoming meeting or event, confirm, and everyone is told. */
@Component
class MeetingCancelCommand implements Command {

    private final MeetingService meetings;

    private final MeetingTexts texts;

    MeetingCancelCommand(MeetingService meetings, MeetingTexts texts) {
        this.meetings = meetings;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "meeting_cancel";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void execute(Request request) {
        UpcomingPicker.offer(request, meetings.upcomingOfAnyKind(request.caller().membership().getAssociation().getId()),
                MeetingCancelButtons.PREFIX, texts);
    }
}
