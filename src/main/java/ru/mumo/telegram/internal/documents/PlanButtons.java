package ru.mumo.telegram.internal.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.mumo.deadlines.DeadlineKind;
import ru.mumo.deadlines.DeadlineService;
import ru.mumo.documents.WorkPlanItem;
import ru.mumo.documents.WorkPlanItem.Field;
import ru.mumo.documents.WorkPlanService;
import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * The /plan buttons: {@code plan:add:<section>} starts a new item; {@code plan:edit} and {@code plan:del} list the
 * items to pick, {@code plan:e:<item>} the part to change, {@code plan:f:<item>:<part>} asks for it,
 * {@code plan:d:<item>} removes it; {@code plan:doc} sends the draft; {@code plan:submit} asks the chair to confirm,
 * {@code plan:submit:y} submits; {@code plan:back} shows the plan again.
 */
@Component
class PlanButtons implements ButtonHandler {

    static final String PREFIX = "plan";

    private final WorkPlanService plans;
    private final DeadlineService deadlines;
    private final PlanBoard board;
    private final PlanDialog dialog;

    PlanButtons(WorkPlanService plans, DeadlineService deadlines, PlanBoard board, PlanDialog dialog) {
        this.plans = plans;
        this.deadlines = deadlines;
        this.board = board;
        this.dialog = dialog;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void press(Request request, ButtonData data) {
        Membership officer = request.caller().membership();
        switch (data.word(0)) {
            case "add" -> {
                int section = data.position(1);
                if (section < 1 || section > 2) {
                    request.answer("button.inactive");
                } else {
                    dialog.add(request, section);
                }
            }
            case "edit", "del" -> pick(request, data.is(0, "edit") ? "e" : "d",
                    data.is(0, "edit") ? "plan.pick.edit" : "plan.pick.remove");
            case "e" -> item(request, data).ifPresent(item -> request.editOrigin(
                    request.text("plan.pick.field", "number", PlanBoard.number(board.items(officer), item),
                            "event", item.getEvent()),
                    new Keyboard(List.of(List.of(field(request, item, Field.EVENT), field(request, item, Field.PERIOD),
                            field(request, item, Field.RESULT)), List.of(back(request))))));
            case "f" -> item(request, data)
                    .ifPresent(item -> dialog.change(request, item, data.constant(2, Field.class)));
            case "d" -> item(request, data).ifPresent(item -> {
                plans.remove(officer, item.getId());
                request.answer("plan.item.removed");
                board.refresh(request);
            });
            case "doc" -> board.sendDocument(request, "plan.docx.draft");
            case "submit" -> submit(request, data.is(1, "y"));
            case "back" -> board.refresh(request);
            default -> request.answer("button.inactive");
        }
    }

    private void submit(Request request, boolean confirmed) {
        Membership chair = request.caller().membership();
        if (!request.caller().actsAsChair()) {
            request.alert("plan.submit.chair.only");
        } else if (board.items(chair).isEmpty()) {
            request.alert("plan.submit.empty");
        } else if (!confirmed) {
            request.editOrigin(request.text("plan.submit.confirm", "year", board.year(chair).label()), new Keyboard(
                    List.of(List.of(PlanBoard.button(request, "plan.button.submit.yes", "submit", "y"), back(request)))));
        } else if (plans.submit(chair, board.year(chair))) {
            request.editOrigin(board.text(request), board.keyboard(request));
            board.sendDocument(request, deadlineMet(chair) ? "plan.docx.submitted.deadline" : "plan.docx.submitted");
        } else {
            request.alert("refused.not.allowed");
        }
    }

    /** Whether this submission met the plan deadline: a plan for another year than the deadline's does not. */
    private boolean deadlineMet(Membership chair) {
        return deadlines.calendar(chair.getAssociation().getId()).stream()
                .anyMatch(d -> d.getKind() == DeadlineKind.WORK_PLAN && d.getLastDoneFor() != null
                        && d.getLastDoneFor().getYear() == board.year(chair).startYear());
    }

    private void pick(Request request, String action, String key) {
        List<WorkPlanItem> items = board.items(request.caller().membership());
        List<Button> buttons = new ArrayList<>();
        for (WorkPlanItem item : items) {
            String label = PlanBoard.number(items, item) + " " + item.getEvent();
            buttons.add(Button.callback(label.length() > 60 ? label.substring(0, 59) + "…" : label,
                    ButtonHandler.data(PREFIX, action, item.getId())));
        }
        buttons.add(back(request));
        request.editOrigin(request.text(key), Keyboard.column(buttons));
    }

    private Optional<WorkPlanItem> item(Request request, ButtonData data) {
        Optional<WorkPlanItem> item = plans.item(request.caller().membership(), data.id(1));
        if (item.isEmpty()) {
            request.answer("plan.item.gone");
        }
        return item;
    }

    private static Button field(Request request, WorkPlanItem item, Field field) {
        return Button.callback(request.text("plan.field." + field.name().toLowerCase(Locale.ROOT)),
                ButtonHandler.data(PREFIX, "f", item.getId(), field.name()));
    }

    private static Button back(Request request) {
        return PlanBoard.button(request, "plan.button.back", "back");
    }
}
