package ru.mumo.telegram.internal.meetings;

import java.util.List;

import ru.mumo.meetings.Meeting;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/** Lets an officer pick one of the upcoming meetings or events with a button carrying {@code <prefix>:<meeting>}. */
final class UpcomingPicker {

    private UpcomingPicker() {
    }

    static void offer(Request request, List<Meeting> upcoming, String prefix, MeetingTexts texts) {
        if (upcoming.isEmpty()) {
            request.reply("meetings.none");
            return;
        }
        request.send(request.text("meeting.pick"), Keyboard.column(upcoming.stream()
                .map(m -> Button.callback(request.text(MeetingTexts.key(m, "meeting.pick.item"),
                        "when", MeetingTexts.when(m), "meeting", texts.label(request.language(), m)),
                        ButtonHandler.data(prefix, m.getId())))
                .toList()));
    }
}
