package ru.mumo.telegram.internal.meetings;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.MeetingService;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /meeting_edit}: pick an upcoming meeting or event, then move it or change its place; everyone is told. */
@Component
class MeetingEditCommand implements Command {

    private final MeetingService meetings;

    private final MeetingTexts texts;

    MeetingEditCommand(MeetingService meetings, MeetingTexts texts) {
        this.meetings = meetings;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "meeting_edit";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void execute(Request request) {
        UpcomingPicker.offer(request, meetings.upcomingOfAnyKind(request.caller().membership().getAssociation().getId()),
                MeetingEditButtons.PREFIX, texts);
    }
}
