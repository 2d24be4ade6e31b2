package ru.mumo.telegram.internal.meetings;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.documents.WorkPlanItem;
import ru.mumo.documents.WorkPlanService;
import ru.mumo.meetings.EventLevel;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.MeetingKind;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Membership;
import ru.mumo.shared.AcademicYear;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.dialog.Dialog;
import ru.mumo.telegram.internal.dialog.DialogState;
import ru.mumo.telegram.internal.dialog.Dialogs;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * {@code /event_new}: the kind (seminar, master class, open lesson, conference, consultation), the topic, date and
 * time, in person or online, the place or link, the level (municipal unless said otherwise), the work plan's item
 * the event carries out if any, then a summary to confirm or cancel, where materials may be sent. Nothing is
 * scheduled before Confirm; the answers live in the dialog state, so a restart continues at the same step.
 */
@Component
class EventNewDialog implements Dialog {

    static final String NAME = "event_new";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String WHEN = "when";
    static final String FORMAT = "format";
    static final String LOCATION = "location";
    static final String LEVEL = "level";
    static final String PLAN = "plan";
    static final String CONFIRM = "confirm";
    private static final String AT = "at";

    static final int MIN_TITLE = 3;
    static final int MAX_TITLE = 300;

    private final Dialogs dialogs;
    private final MeetingService meetings;
    private final WorkPlanService plans;
    private final MeetingTexts texts;
    private final WhenParser whenParser;
    private final Clock clock;

    EventNewDialog(Dialogs dialogs, MeetingService meetings, WorkPlanService plans, MeetingTexts texts,
            WhenParser whenParser, Clock clock) {
        this.dialogs = dialogs;
        this.meetings = meetings;
        this.plans = plans;
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
        return "event.new.cancelled";
    }

    void begin(Request request) {
        repeatQuestion(request, dialogs.start(request.chatId(), NAME, KIND));
    }

    @Override
    public void onText(Request request, DialogState state) {
        String answer = request.argument().replaceAll("\\s+", " ");
        switch (state.step()) {
            case TITLE -> onTitle(request, state, answer);
            case WHEN -> whenParser.readOrExplain(request, answer, ZonedDateTime.now(clock.withZone(zone(request))))
                    .ifPresent(at -> {
                        state.put(AT, at.toString());
                        next(request, state, FORMAT);
                    });
            case LOCATION -> onLocation(request, state, answer);
            default -> {
                request.reply("meeting.new.press.button");
                repeatQuestion(request, state);
            }
        }
    }

    @Override
    public void repeatQuestion(Request request, DialogState state) {
        switch (state.step()) {
            case KIND -> request.send(request.text("event.new.ask.kind"), Keyboard.column(
                    List.of(MeetingKind.values()).stream().filter(k -> !k.isMeeting())
                            .map(k -> button(request.text("event.kind.button", "kind", k.name()), "k", k.name()))
                            .toList()));
            case TITLE -> request.reply("event.new.ask.title", "min", MIN_TITLE, "max", MAX_TITLE);
            case WHEN -> request.reply("event.new.ask.when", "zone", zone(request).getId());
            case FORMAT -> request.send(request.text("event.new.ask.format"), Keyboard.of(
                    button(request.text("meeting.format.in.person"), "f", MeetingFormat.IN_PERSON.name()),
                    button(request.text("meeting.format.online"), "f", MeetingFormat.ONLINE.name())));
            case LOCATION -> request.reply(MeetingFormat.ONLINE.name().equals(state.get(FORMAT))
                    ? "meeting.new.ask.link" : "event.new.ask.place");
            case LEVEL -> request.send(request.text("event.new.ask.level"), Keyboard.column(
                    List.of(EventLevel.values()).stream()
                            .map(l -> button(request.text("event.level.button", "level", l.name()), "l", l.name()))
                            .toList()));
            case PLAN -> askPlan(request, state);
            default -> showSummary(request, state);
        }
    }

    /** A material sent at the summary belongs to the whole event (an event has no agenda). */
    @Override
    public void onDocument(Request request, DialogState state) {
        if (!CONFIRM.equals(state.step())) {
            request.reply("material.dialog.later.event");
            repeatQuestion(request, state);
        } else if (DialogMaterials.full(state)) {
            request.reply("material.dialog.full", "max", DialogMaterials.MAX);
        } else {
            DialogMaterials.add(state, request.file(), null);
            dialogs.advance(state, CONFIRM);
            showSummary(request, state);
        }
    }

    /** A button's answer at its step: the kind, format, level or plan item. */
    void onChoice(Request request, DialogState state, String step, String value) {
        state.put(step, value);
        String next = switch (step) {
            case KIND -> TITLE;
            case FORMAT -> LOCATION;
            case LEVEL -> linkable(request, state).isEmpty() ? CONFIRM : PLAN;
            default -> CONFIRM;
        };
        dialogs.advance(state, next);
        repeatQuestion(request, state);
    }

    Meeting confirm(Request request, DialogState state) {
        Membership officer = request.caller().membership();
        Meeting event = meetings.scheduleEvent(officer, MeetingKind.valueOf(state.get(KIND)), state.get(TITLE),
                EventLevel.valueOf(state.get(LEVEL)), ZonedDateTime.parse(state.get(AT)),
                MeetingFormat.valueOf(state.get(FORMAT)), state.get(LOCATION), DialogMaterials.list(state, 0));
        String item = state.get(PLAN);
        if (item != null && !item.equals("0")) {
            plans.link(officer, Long.parseLong(item), event);
        }
        dialogs.end(state);
        return event;
    }

    /** The current answer at a step, for a button to check that it still belongs there. */
    static String label(Request request, String step, String value) {
        return switch (step) {
            case KIND -> request.text("event.kind.button", "kind", value);
            case FORMAT -> request.text(MeetingFormat.ONLINE.name().equals(value) ? "meeting.format.online"
                    : "meeting.format.in.person");
            case LEVEL -> request.text("event.level.button", "level", value);
            default -> "";
        };
    }

    private void onTitle(Request request, DialogState state, String answer) {
        if (answer.length() < MIN_TITLE || answer.length() > MAX_TITLE) {
            request.reply("event.title.invalid", "min", MIN_TITLE, "max", MAX_TITLE);
            return;
        }
        state.put(TITLE, answer);
        next(request, state, WHEN);
    }

    private void onLocation(Request request, DialogState state, String answer) {
        if (!Links.acceptsPlace(request, answer, MeetingFormat.ONLINE.name().equals(state.get(FORMAT)))) {
            return;
        }
        state.put(LOCATION, answer);
        next(request, state, LEVEL);
    }

    private void next(Request request, DialogState state, String step) {
        dialogs.advance(state, step);
        repeatQuestion(request, state);
    }

    /** The plan's items of the event's academic year that no event carries out yet. */
    private List<WorkPlanItem> linkable(Request request, DialogState state) {
        AcademicYear year = AcademicYear.of(ZonedDateTime.parse(state.get(AT)).toLocalDate());
        return plans.linkable(request.caller().membership().getAssociation().getId(), year);
    }

    private void askPlan(Request request, DialogState state) {
        List<Button> buttons = new ArrayList<>();
        for (WorkPlanItem item : linkable(request, state)) {
            String event = item.getEvent();
            buttons.add(button(item.getSection() + ". " + (event.length() <= 55 ? event : event.substring(0, 54) + "…"),
                    "p", item.getId()));
        }
        buttons.add(button(request.text("event.plan.none.button"), "p", 0));
        request.send(request.text("event.new.ask.plan"), Keyboard.column(buttons));
    }

    private void showSummary(Request request, DialogState state) {
        String details = request.text("event.details", "kind", state.get(KIND), "title", state.get(TITLE),
                "when", MeetingTexts.WHEN.format(ZonedDateTime.parse(state.get(AT))), "level", state.get(LEVEL))
                + '\n' + texts.place(request.language(), MeetingFormat.valueOf(state.get(FORMAT)), state.get(LOCATION));
        String item = state.get(PLAN);
        String plan = item == null || item.equals("0") ? "" : linkable(request, state).stream()
                .filter(i -> i.getId().toString().equals(item)).findFirst()
                .map(i -> "\n" + request.text("event.plan.item", "event", i.getEvent())).orElse("");
        request.send(request.text("event.new.summary", "details", details + plan,
                "materials", DialogMaterials.summary(request, state, 0)), Keyboard.of(
                button(request.text("meeting.button.confirm"), "ok"),
                button(request.text("meeting.button.cancel"), "x")));
    }

    private static Button button(String text, Object... data) {
        return Button.callback(text, ButtonHandler.data(EventNewButtons.PREFIX, data));
    }

    private static ZoneId zone(Request request) {
        return request.caller().membership().getAssociation().getTimeZone();
    }
}
