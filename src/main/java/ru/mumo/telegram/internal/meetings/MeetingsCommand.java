package ru.mumo.telegram.internal.meetings;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /meetings}: the upcoming meetings, then the upcoming events, with the caller's own answer to each. */
@Component
class MeetingsCommand implements Command {

    private final MeetingService meetings;
    private final MeetingTexts texts;

    MeetingsCommand(MeetingService meetings, MeetingTexts texts) {
        this.meetings = meetings;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "meetings";
    }

    @Override
    public Access access() {
        return Access.MEMBER;
    }

    @Override
    public void execute(Request request) {
        Membership member = request.caller().membership();
        List<Meeting> upcoming = meetings.upcoming(member.getAssociation().getId());
        List<Meeting> events = meetings.upcomingEvents(member.getAssociation().getId());
        if (upcoming.isEmpty() && events.isEmpty()) {
            request.reply("meetings.none");
            return;
        }
        StringBuilder text = new StringBuilder();
        list(request, member, upcoming, "meetings.header", text);
        list(request, member, events, "events.header", text);
        request.send(text.toString().strip(), null);
    }

    private void list(Request request, Membership member, List<Meeting> upcoming, String header, StringBuilder text) {
        if (upcoming.isEmpty()) {
            return;
        }
        text.append("\n\n").append(request.text(header));
        for (Meeting meeting : upcoming) {
            text.append("\n\n").append(request.text(MeetingTexts.key(meeting, "meetings.item"),
                    "when", MeetingTexts.when(meeting), "meeting", texts.label(request.language(), meeting),
                    "place", texts.place(request.language(), meeting.getFormat(), meeting.getLocation()),
                    "answer", texts.answer(request.language(),
                            meetings.answerOf(meeting.getId(), member.getId()).orElse(null))));
        }
    }
}
