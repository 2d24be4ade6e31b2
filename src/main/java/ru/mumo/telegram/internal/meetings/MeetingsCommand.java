package ru.mumo.telegram.internal.meetings;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/** {@code /meetings}: the upcoming meetings with the caller's own answer to each. */
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
        if (upcoming.isEmpty()) {
            request.reply("meetings.none");
            return;
        }
        StringBuilder text = new StringBuilder(request.text("meetings.header"));
        for (Meeting meeting : upcoming) {
            text.append("\n\n").append(request.text("meetings.item",
                    "when", MeetingTexts.when(meeting),
                    "place", texts.place(request.language(), meeting.getFormat(), meeting.getLocation()),
                    "answer", texts.answer(request.language(),
                            meetings.answerOf(meeting.getId(), member.getId()).orElse(null))));
        }
        request.send(text.toString(), null);
    }
}
