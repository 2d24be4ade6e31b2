package ru.mumo.telegram.internal.meetings;

import java.time.Clock;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.dialog.Dialog;
import ru.mumo.telegram.internal.dialog.DialogState;
import ru.mumo.telegram.internal.dialog.Dialogs;

/**
 * The one question of {@code /meeting_edit}: the new date and time, or the new place (a link makes the meeting
 * online, anything else in person). The change is applied and everyone told at once.
 */
@Component
class MeetingEditDialog implements Dialog {

    static final String NAME = "meeting_edit";
    static final String WHEN = "when";
    static final String PLACE = "place";
    private static final String MEETING = "meeting";

    private final Dialogs dialogs;
    private final MeetingService meetings;
    private final MeetingAccess access;
    private final WhenParser whenParser;
    private final Clock clock;

    MeetingEditDialog(Dialogs dialogs, MeetingService meetings, MeetingAccess access, WhenParser whenParser,
            Clock clock) {
        this.dialogs = dialogs;
        this.meetings = meetings;
        this.access = access;
        this.whenParser = whenParser;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String cancelledKey() {
        return "meeting.edit.cancelled";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    void begin(Request request, Meeting meeting, String step) {
        repeatQuestion(request, dialogs.start(request.chatId(), NAME, step).put(MEETING, String.valueOf(meeting.getId())));
    }

    @Override
    public void onText(Request request, DialogState state) {
        Meeting meeting = access.meeting(Long.parseLong(state.get(MEETING)));
        var officer = access.membershipFor(request.caller(), meeting);
        String answer = request.argument().replaceAll("\\s+", " ");
        if (WHEN.equals(state.step())) {
            whenParser.readOrExplain(request, answer, ZonedDateTime.now(clock.withZone(meeting.getTimeZone())))
                    .ifPresent(at -> {
                        dialogs.end(state);
                        meetings.move(officer, meeting.getId(), at.toInstant());
                        request.reply("meeting.edit.done");
                    });
            return;
        }
        // A link makes it online, an address in person: either is accepted here.
        if (!Links.acceptsPlace(request, answer, false)) {
            return;
        }
        dialogs.end(state);
        meetings.relocate(officer, meeting.getId(), Links.isLink(answer) ? MeetingFormat.ONLINE : MeetingFormat.IN_PERSON,
                answer);
        request.reply("meeting.edit.done");
    }

    @Override
    public void repeatQuestion(Request request, DialogState state) {
        request.reply(WHEN.equals(state.step()) ? "meeting.edit.ask.when" : "meeting.edit.ask.place");
    }
}
