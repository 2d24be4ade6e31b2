package ru.mumo.telegram.internal.documents;

import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.mumo.deadlines.DeadlineService;
import ru.mumo.documents.AnnualReportDocument;
import ru.mumo.documents.ReportPeriod;
import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.DocumentMaker;
import ru.mumo.telegram.internal.DocumentRequests;
import ru.mumo.telegram.internal.InactiveButton;
import ru.mumo.telegram.internal.Request;

/**
 * {@code report:<deadline>}: the draft report for the period the deadline covers; the press asks for it, and it is
 * built off the update thread and sent.
 */
@Component
class ReportButtons implements ButtonHandler, DocumentMaker {

    static final String PREFIX = "report";

    private final DeadlineService deadlines;
    private final AnnualReportDocument report;
    private final DocumentRequests documents;

    ReportButtons(DeadlineService deadlines, AnnualReportDocument report, DocumentRequests documents) {
        this.deadlines = deadlines;
        this.report = report;
        this.documents = documents;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public String kind() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void press(Request request, ButtonData data) {
        Membership officer = request.caller().membership();
        if (period(officer, data.id(0)).isEmpty()) {
            request.answer("button.inactive");
        } else if (documents.request(request, kind(), officer.getAssociation().getId(), data.id(0))) {
            request.answer("report.preparing");
        }
    }

    @Override
    public void make(Request request) {
        Membership officer = request.caller().membership();
        ReportPeriod period = period(officer, Long.parseLong(request.argument())).orElseThrow(InactiveButton::new);
        request.outbox().document(request.chatId(), AnnualReportDocument.fileName(period),
                report.build(officer.getAssociation(), period),
                request.text("report.caption", "period", period.label(),
                        "kind", period.academic() ? "academic" : "calendar"));
    }

    private Optional<ReportPeriod> period(Membership officer, long deadlineId) {
        return deadlines.deadline(officer, deadlineId).flatMap(DeadlineService::reportPeriod);
    }
}
