package ru.mumo.telegram.internal.meetings;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingService;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.dialog.Dialog;
import ru.mumo.telegram.internal.dialog.DialogState;
import ru.mumo.telegram.internal.dialog.Dialogs;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * {@code /meeting_new}: date and time, in person or online, the place or link, the agenda item by item, then a
 * summary to confirm, edit or cancel; at the summary the officer may send materials, each placed on an agenda item
 * or on the whole meeting, which go out with the announcement. Nothing is scheduled before Confirm; the answers so
 * far live in the dialog state, so a restart continues at the same step.
 */
@Component
class MeetingNewDialog implements Dialog {

    static final String NAME = "meeting_new";
    static final String WHEN = "when";
    static final String FORMAT = "format";
    static final String LOCATION = "location";
    static final String AGENDA = "agenda";
    static final String CONFIRM = "confirm";
    /** A material was sent and waits for its agenda item. */
    static final String MATERIAL = "material";
    private static final String AT = "at";
    private static final String ITEMS = "items";
    private static final String ITEM = "item.";
    /** Set while the officer changes one answer from the summary: the summary comes back after it. */
    private static final String EDITING = "editing";

    /** Item length and count keep the whole dialog within its state row (8,000 characters). */
    static final int MAX_ITEM = 300;
    static final int MAX_ITEMS = 20;

    private final Dialogs dialogs;
    private final MeetingService meetings;
    private final MeetingTexts texts;
    private final WhenParser whenParser;
    private final Clock clock;

    MeetingNewDialog(Dialogs dialogs, MeetingService meetings, MeetingTexts texts, WhenParser whenParser,
            Clock clock) {
        this.dialogs = dialogs;
        this.meetings = meetings;
        this.texts = texts;
        this.whenParser = whenParser;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String cancelledKey() {
        return "meeting.new.cancelled";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    void begin(Request request) {
        dialogs.start(request.chatId(), NAME, WHEN);
        askWhen(request);
    }

    @Override
    public void onText(Request request, DialogState state) {
        String answer = request.argument().replaceAll("\\s+", " ");
        switch (state.step()) {
            case WHEN -> onWhen(request, state, answer);
            case LOCATION -> onLocation(request, state, answer);
            case AGENDA -> onAgendaItem(request, state, request.argument().strip());
            default -> {
                request.reply("meeting.new.press.button");
                repeatQuestion(request, state);
            }
        }
    }

    @Override
    public void repeatQuestion(Request request, DialogState state) {
        switch (state.step()) {
            case WHEN -> askWhen(request);
            case FORMAT -> askFormat(request);
            case LOCATION -> askLocation(request, state);
            case AGENDA -> request.reply("meeting.new.ask.agenda");
            case MATERIAL -> askItem(request, state);
            default -> showSummary(request, state);
        }
    }

    /** A material sent at the summary: asks which agenda item it belongs to; before the summary, says when. */
    @Override
    public void onDocument(Request request, DialogState state) {
        if (!CONFIRM.equals(state.step())) {
            request.reply(MATERIAL.equals(state.step()) ? "material.dialog.pick.first" : "material.dialog.later",
                    "name", String.valueOf(DialogMaterials.held(state)));
            repeatQuestion(request, state);
        } else if (DialogMaterials.full(state)) {
            request.reply("material.dialog.full", "max", DialogMaterials.MAX);
        } else {
            DialogMaterials.hold(state, request.file());
            dialogs.advance(state, MATERIAL);
            askItem(request, state);
        }
    }

    /** The held material goes to the 0-based item, or to the whole meeting; then the summary again. */
    void placeMaterial(Request request, DialogState state, Integer position) {
        if (position != null && position >= items(state).size()) {
            request.answer("button.inactive");
            return;
        }
        request.editOrigin(request.text("material.placed", "name", DialogMaterials.held(state),
                "item", position == null ? 0 : position + 1), null);
        DialogMaterials.placeHeld(state, position);
        dialogs.advance(state, CONFIRM);
        showSummary(request, state);
    }

    private void askItem(Request request, DialogState state) {
        request.send(request.text("material.ask.item", "name", DialogMaterials.held(state)),
                DialogMaterials.itemKeyboard(request, MeetingNewButtons.PREFIX, items(state)));
    }

    /** {@code /done} during the agenda: the agenda is complete. */
    @Override
    public void done(Request request, DialogState state) {
        if (!AGENDA.equals(state.step())) {
            request.reply("meeting.done.nothing");
            repeatQuestion(request, state);
        } else if (items(state).isEmpty()) {
            request.reply("meeting.agenda.empty");
        } else {
            state.put(EDITING, "");
            dialogs.advance(state, CONFIRM);
            showSummary(request, state);
        }
    }

    void onFormat(Request request, DialogState state, MeetingFormat format) {
        state.put(FORMAT, format.name());
        dialogs.advance(state, LOCATION);
        askLocation(request, state);
    }

    /** From the summary: ask one answer again; the summary returns after it. */
    void edit(Request request, DialogState state, String step) {
        state.put(EDITING, "yes");
        if (AGENDA.equals(step)) {
            state.put(ITEMS, "0");
        }
        dialogs.advance(state, step);
        repeatQuestion(request, state);
    }

    Meeting confirm(Request request, DialogState state) {
        Meeting meeting = meetings.schedule(request.caller().membership(), ZonedDateTime.parse(state.get(AT)),
                MeetingFormat.valueOf(state.get(FORMAT)), state.get(LOCATION), items(state),
                DialogMaterials.list(state, items(state).size()));
        dialogs.end(state);
        return meeting;
    }

    private String summary(Request request, DialogState state) {
        StringBuilder text = new StringBuilder(MeetingTexts.WHEN.format(ZonedDateTime.parse(state.get(AT))));
        text.append('\n').append(texts.place(request.language(), MeetingFormat.valueOf(state.get(FORMAT)),
                state.get(LOCATION)));
        text.append("\n\n").append(request.text("meeting.agenda.header"));
        List<String> items = items(state);
        for (int i = 0; i < items.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(items.get(i));
        }
        text.append("\n\n").append(DialogMaterials.summary(request, state, items.size()));
        return request.text("meeting.new.summary", "details", text.toString());
    }

    private void onWhen(Request request, DialogState state, String answer) {
        whenParser.readOrExplain(request, answer, ZonedDateTime.now(clock.withZone(zone(request)))).ifPresent(at -> {
            state.put(AT, at.toString());
            next(request, state, FORMAT);
        });
    }

    private void onLocation(Request request, DialogState state, String answer) {
        if (!Links.acceptsPlace(request, answer, MeetingFormat.ONLINE.name().equals(state.get(FORMAT)))) {
            return;
        }
        state.put(LOCATION, answer);
        next(request, state, AGENDA);
    }

    private void onAgendaItem(Request request, DialogState state, String item) {
        if (item.length() > MAX_ITEM) {
            request.reply("meeting.agenda.too.long", "max", MAX_ITEM);
            return;
        }
        int count = items(state).size();
        if (count >= MAX_ITEMS) {
            request.reply("meeting.agenda.full", "max", MAX_ITEMS);
            return;
        }
        state.put(ITEM + count, item).put(ITEMS, String.valueOf(count + 1));
        dialogs.advance(state, AGENDA);
        request.reply("meeting.agenda.added", "count", count + 1);
    }

    /** Moves to the next question, or back to the summary when one answer was being changed. */
    private void next(Request request, DialogState state, String step) {
        if ("yes".equals(state.get(EDITING))) {
            state.put(EDITING, "");
            dialogs.advance(state, CONFIRM);
            showSummary(request, state);
            return;
        }
        dialogs.advance(state, step);
        repeatQuestion(request, state);
    }

    private void showSummary(Request request, DialogState state) {
        request.send(summary(request, state), Keyboard.of(
                Button.callback(request.text("meeting.button.confirm"), ButtonHandler.data(MeetingNewButtons.PREFIX, "ok")),
                Button.callback(request.text("meeting.button.edit"), ButtonHandler.data(MeetingNewButtons.PREFIX, "edit")),
                Button.callback(request.text("meeting.button.cancel"), ButtonHandler.data(MeetingNewButtons.PREFIX, "x"))));
    }

    private void askWhen(Request request) {
        request.reply("meeting.new.ask.when", "zone", zone(request).getId());
    }

    private void askFormat(Request request) {
        request.send(request.text("meeting.new.ask.format"), Keyboard.of(
                Button.callback(request.text("meeting.format.in.person"),
                        ButtonHandler.data(MeetingNewButtons.PREFIX, "f", MeetingFormat.IN_PERSON.name())),
                Button.callback(request.text("meeting.format.online"),
                        ButtonHandler.data(MeetingNewButtons.PREFIX, "f", MeetingFormat.ONLINE.name()))));
    }

    private void askLocation(Request request, DialogState state) {
        request.reply(MeetingFormat.ONLINE.name().equals(state.get(FORMAT))
                ? "meeting.new.ask.link" : "meeting.new.ask.place");
    }

    private static ZoneId zone(Request request) {
        return request.caller().membership().getAssociation().getTimeZone();
    }

    private static List<String> items(DialogState state) {
        int count = state.get(ITEMS) == null ? 0 : Integer.parseInt(state.get(ITEMS));
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(state.get(ITEM + i));
        }
        return items;
    }
}
