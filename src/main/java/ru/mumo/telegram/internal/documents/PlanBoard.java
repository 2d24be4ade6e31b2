package ru.mumo.telegram.internal.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.documents.WorkPlanDocument;
import ru.mumo.documents.WorkPlanItem;
import ru.mumo.documents.WorkPlanService;
import ru.mumo.membership.Membership;
import ru.mumo.shared.AcademicYear;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.DocumentMaker;
import ru.mumo.telegram.internal.DocumentRequests;
import ru.mumo.telegram.internal.deadlines.DeadlineTexts;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * The /plan message: the plan being written, numbered as in S Appendix 1, with its buttons; and its .docx, built
 * off the update thread.
 */
@Component
class PlanBoard implements DocumentMaker {

    private final WorkPlanService plans;
    private final WorkPlanDocument document;
    private final DocumentRequests documents;
    private final Clock clock;

    PlanBoard(WorkPlanService plans, WorkPlanDocument document, DocumentRequests documents, Clock clock) {
        this.plans = plans;
        this.document = document;
        this.documents = documents;
        this.clock = clock;
    }

    /** The academic year the caller's association is planning now. */
    AcademicYear year(Membership member) {
        return AcademicYear.planningFor(LocalDate.now(clock.withZone(member.getAssociation().getTimeZone())));
    }

    List<WorkPlanItem> items(Membership member) {
        return plans.items(member.getAssociation().getId(), year(member));
    }

    /** Item numbers as in the appendix: "1.2." is the second item of the first section. */
    static String number(List<WorkPlanItem> items, WorkPlanItem item) {
        int n = 0;
        for (WorkPlanItem other : items) {
            if (other.getSection() == item.getSection()) {
                n++;
            }
            if (other.getId().equals(item.getId())) {
                break;
            }
        }
        return item.getSection() + "." + n + ".";
    }

    String text(Request request) {
        Membership member = request.caller().membership();
        AcademicYear year = year(member);
        List<WorkPlanItem> items = items(member);
        StringBuilder text = new StringBuilder(request.text("plan.header", "year", year.label(),
                "association", member.getAssociation().getName()));
        for (int section = WorkPlanItem.ORGANISATIONAL_ANALYTICAL;
                section <= WorkPlanItem.ORGANISATIONAL_METHODOLOGICAL; section++) {
            text.append("\n\n").append(request.text("doc.plan.section." + section));
            boolean any = false;
            for (WorkPlanItem item : items) {
                if (item.getSection() == section) {
                    any = true;
                    text.append('\n').append(request.text("plan.item", "number", number(items, item),
                            "event", item.getEvent(), "period", item.getPeriod(), "result", item.getResult()));
                    if (item.getDoneOn() != null) {
                        text.append('\n').append(request.text("plan.item.done",
                                "date", DeadlineTexts.DATE.format(item.getDoneOn())));
                    }
                }
            }
            if (!any) {
                text.append('\n').append(request.text("plan.section.empty"));
            }
        }
        plans.submission(member.getAssociation().getId(), year).ifPresent(s ->
                text.append("\n\n").append(request.text("plan.submitted.note")));
        return text.toString();
    }

    Keyboard keyboard(Request request) {
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(button(request, "plan.button.add.1", "add", 1), button(request, "plan.button.add.2", "add", 2)));
        if (!items(request.caller().membership()).isEmpty()) {
            rows.add(List.of(button(request, "plan.button.edit", "edit"), button(request, "plan.button.remove", "del")));
            rows.add(List.of(button(request, "plan.button.docx", "doc")));
            if (request.caller().actsAsChair()) {
                rows.add(List.of(button(request, "plan.button.submit", "submit")));
            }
        }
        return new Keyboard(rows);
    }

    void show(Request request) {
        request.send(text(request), keyboard(request));
    }

    void refresh(Request request) {
        request.editOrigin(text(request), keyboard(request));
    }

    /** Asks for the plan's .docx, with the caption under {@code captionKey}. */
    void sendDocument(Request request, String captionKey) {
        documents.request(request, kind(), request.caller().membership().getAssociation().getId(), captionKey);
    }

    @Override
    public String kind() {
        return PlanButtons.PREFIX;
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void make(Request request) {
        Membership member = request.caller().membership();
        AcademicYear year = year(member);
        request.outbox().document(request.chatId(), WorkPlanDocument.fileName(year),
                document.build(member.getAssociation(), year), request.text(request.argument(), "year", year.label()));
    }

    static Button button(Request request, String key, Object... parts) {
        return Button.callback(request.text(key), ButtonHandler.data(PlanButtons.PREFIX, parts));
    }
}
