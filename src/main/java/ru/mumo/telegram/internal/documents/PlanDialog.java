package ru.mumo.telegram.internal.documents;

import java.util.Locale;

import org.springframework.stereotype.Component;

import ru.mumo.documents.WorkPlanItem;
import ru.mumo.documents.WorkPlanItem.Field;
import ru.mumo.documents.WorkPlanService;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.dialog.Dialog;
import ru.mumo.telegram.internal.dialog.DialogState;
import ru.mumo.telegram.internal.dialog.Dialogs;

/**
 * A plan item typed in three answers (event, date or period, planned result), or one answer that replaces a
 * part of an existing item. The answers live in the dialog state; nothing is saved before the last one.
 */
@Component
class PlanDialog implements Dialog {

    static final String NAME = "plan_item";
    private static final String EVENT = "event";
    private static final String PERIOD = "period";
    private static final String RESULT = "result";
    private static final String CHANGE = "change";
    private static final String SECTION = "section";
    private static final String ITEM = "item";
    private static final String FIELD = "field";

    private final Dialogs dialogs;
    private final WorkPlanService plans;
    private final PlanBoard board;

    PlanDialog(Dialogs dialogs, WorkPlanService plans, PlanBoard board) {
        this.dialogs = dialogs;
        this.plans = plans;
        this.board = board;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String cancelledKey() {
        return "plan.dialog.cancelled";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    void add(Request request, int section) {
        dialogs.start(request.chatId(), NAME, EVENT).put(SECTION, String.valueOf(section));
        request.reply("plan.ask.event", "section", section);
    }

    void change(Request request, WorkPlanItem item, Field field) {
        dialogs.start(request.chatId(), NAME, CHANGE).put(ITEM, String.valueOf(item.getId())).put(FIELD, field.name());
        request.reply("plan.ask.change", "field", field.name().toLowerCase(Locale.ROOT), "current", current(item, field));
    }

    @Override
    public void onText(Request request, DialogState state) {
        String answer = request.argument().replaceAll("\\s+", " ").strip();
        Field field = switch (state.step()) {
            case EVENT -> Field.EVENT;
            case PERIOD -> Field.PERIOD;
            case RESULT -> Field.RESULT;
            default -> Field.valueOf(state.get(FIELD));
        };
        if (answer.isEmpty() || answer.length() > WorkPlanItem.maxLength(field)) {
            request.reply("plan.answer.length", "max", WorkPlanItem.maxLength(field));
            return;
        }
        switch (state.step()) {
            case EVENT -> next(request, state, EVENT, answer, PERIOD, "plan.ask.period");
            case PERIOD -> next(request, state, PERIOD, answer, RESULT, "plan.ask.result");
            case RESULT -> {
                dialogs.end(state);
                plans.add(request.caller().membership(), board.year(request.caller().membership()),
                        Integer.parseInt(state.get(SECTION)), state.get(EVENT), state.get(PERIOD), answer)
                        .ifPresentOrElse(item -> request.reply("plan.item.added", "number",
                                        PlanBoard.number(board.items(request.caller().membership()), item)),
                                () -> request.reply("refused.not.allowed"));
                board.show(request);
            }
            default -> {
                dialogs.end(state);
                boolean changed = plans.change(request.caller().membership(), Long.parseLong(state.get(ITEM)), field,
                        answer);
                request.reply(changed ? "plan.item.changed" : "plan.item.gone");
                board.show(request);
            }
        }
    }

    @Override
    public void repeatQuestion(Request request, DialogState state) {
        switch (state.step()) {
            case EVENT -> request.reply("plan.ask.event", "section", state.get(SECTION));
            case PERIOD -> request.reply("plan.ask.period");
            case RESULT -> request.reply("plan.ask.result");
            default -> request.reply("plan.ask.change.again",
                    "field", state.get(FIELD).toLowerCase(Locale.ROOT));
        }
    }

    private void next(Request request, DialogState state, String key, String answer, String step, String question) {
        state.put(key, answer);
        dialogs.advance(state, step);
        request.reply(question);
    }

    private static String current(WorkPlanItem item, Field field) {
        return switch (field) {
            case EVENT -> item.getEvent();
            case PERIOD -> item.getPeriod();
            case RESULT -> item.getResult();
        };
    }
}
