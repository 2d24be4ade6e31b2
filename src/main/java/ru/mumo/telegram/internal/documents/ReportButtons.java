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
import ru.mumo.telegram.internal.Request;

/** {@code report:<deadline>}: builds the draft report for the period the deadline covers and sends it. */
@Component
class ReportButtons implements ButtonHandler {

    static final String PREFIX = "report";

    private final DeadlineService deadlines;
    private final AnnualReportDocument report;

    ReportButtons(DeadlineService deadlines, AnnualReportDocument report) {
        this.deadlines = deadlines;
        this.report = report;
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
        Optional<ReportPeriod> period = deadlines.deadline(officer, data.id(0)).flatMap(DeadlineService::reportPeriod);
        if (period.isEmpty()) {
            request.answer("button.inactive");
            return;
        }
        request.answer("report.preparing");
        request.outbox().document(request.chatId(), AnnualReportDocument.fileName(period.get()),
                report.build(officer.getAssociation(), period.get()),
                request.text("report.caption", "period", period.get().label(),
                        "kind", period.get().academic() ? "academic" : "calendar"));
    }
}
