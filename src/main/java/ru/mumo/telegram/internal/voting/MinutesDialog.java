package ru.mumo.telegram.internal.voting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.meetings.MeetingTexts;
import ru.mumo.telegram.internal.dialog.Dialog;
import ru.mumo.telegram.internal.dialog.DialogState;
import ru.mumo.telegram.internal.dialog.Dialogs;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;
import ru.mumo.voting.MinutesService;

/**
 * Writes the protocol's "Слушали" ({@code /heard}) or "Решили" ({@code /decided}) of one agenda item of the latest
 * meeting. {@code /heard 2 text} writes at once; otherwise the officer picks the item with a button
 * ({@code min:<meeting>:<item>}) and sends the text, or the text typed with the command is kept until the pick.
 */
@Component
class MinutesDialog implements Dialog {

    static final String NAME = "minutes";
    static final String HEARD = "heard";
    static final String DECIDED = "decided";
    private static final String PICK = "pick";
    private static final String TEXT = "text";
    private static final Pattern NUMBERED = Pattern.compile("(?s)(\\d{1,2})[.):]?\\s+(.+)");

    private final MinutesService minutes;
    private final Dialogs dialogs;
    private final MeetingTexts meetingTexts;

    MinutesDialog(MinutesService minutes, Dialogs dialogs, MeetingTexts meetingTexts) {
        this.meetingTexts = meetingTexts;
        this.minutes = minutes;
        this.dialogs = dialogs;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String cancelledKey() {
        return "minutes.cancelled";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    /** {@code kind} is {@link #HEARD} or {@link #DECIDED}. */
    void start(Request request, String kind) {
        Meeting meeting = minutes.currentMeeting(request.caller().membership());
        // Refused before anything is typed: a final protocol takes no more minutes, a meeting without quorum no decisions.
        minutes.requireEditable(meeting.getId());
        if (DECIDED.equals(kind)) {
            minutes.requireQuorate(meeting.getId());
        }
        String argument = request.argument();
        Matcher numbered = NUMBERED.matcher(argument);
        if (numbered.matches()) {
            save(request, kind, meeting.getId(), Integer.parseInt(numbered.group(1)) - 1, numbered.group(2));
            return;
        }
        List<String> agenda = meeting.getAgenda();
        if (agenda.size() == 1 && !argument.isEmpty()) {
            save(request, kind, meeting.getId(), 0, argument);
            return;
        }
        DialogState state = dialogs.start(request.chatId(), NAME, PICK).put("kind", kind)
                .put("meeting", String.valueOf(meeting.getId())).put("text", argument);
        if (agenda.size() == 1) {
            state.put("item", "0");
            dialogs.advance(state, TEXT);
            askText(request, kind, 0);
            return;
        }
        List<Button> items = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            String title = agenda.get(i);
            items.add(Button.callback((i + 1) + ". " + (title.length() <= 60 ? title : title.substring(0, 59) + "…"),
                    ButtonHandler.data(MinutesButtons.PREFIX, meeting.getId(), i)));
        }
        request.send(request.text("minutes.pick." + kind, "meeting", meetingTexts.label(request.language(), meeting)),
                Keyboard.column(items));
    }

    /** An agenda item was picked: writes the text typed with the command, or asks for it. */
    void picked(Request request, DialogState state, long meetingId, int item) {
        if (!PICK.equals(state.step()) || !String.valueOf(meetingId).equals(state.get("meeting"))) {
            request.answer("button.inactive");
            return;
        }
        String kind = state.get("kind");
        String text = state.get("text");
        if (text != null && !text.isEmpty()) {
            dialogs.end(state);
            save(request, kind, meetingId, item, text);
        } else {
            state.put("item", String.valueOf(item));
            dialogs.advance(state, TEXT);
            askText(request, kind, item);
        }
        request.answer("minutes.picked", "item", item + 1);
    }

    @Override
    public void onText(Request request, DialogState state) {
        if (!TEXT.equals(state.step())) {
            repeatQuestion(request, state);
            return;
        }
        dialogs.end(state);
        save(request, state.get("kind"), Long.parseLong(state.get("meeting")), Integer.parseInt(state.get("item")),
                request.argument());
    }

    @Override
    public void repeatQuestion(Request request, DialogState state) {
        if (TEXT.equals(state.step())) {
            askText(request, state.get("kind"), Integer.parseInt(state.get("item")));
        } else {
            request.reply("minutes.press.button");
        }
    }

    private void askText(Request request, String kind, int item) {
        request.reply("minutes.ask." + kind, "item", item + 1);
    }

    private void save(Request request, String kind, long meetingId, int item, String text) {
        if (HEARD.equals(kind)) {
            minutes.hear(request.caller().membership(), meetingId, item, text);
        } else {
            minutes.decide(request.caller().membership(), meetingId, item, text);
        }
        request.reply("minutes.saved." + kind, "item", item + 1);
    }
}
