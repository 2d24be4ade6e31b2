package ru.mumo.telegram.internal.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import ru.mumo.deadlines.AssociationFigures;
import ru.mumo.documents.ReportPeriod;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.deadlines.DeadlineTexts;
import ru.mumo.telegram.internal.membership.RegulationTexts;

/**
 * How an association's figures read: a card in the chat, in the official's language, and a row of the .xlsx, in
 * Russian like every paper for the district.
 */
@Component
class OverviewTexts {

    private final Messages messages;
    private final DeadlineTexts deadlines;
    private final RegulationTexts regulations;

    OverviewTexts(Messages messages, DeadlineTexts deadlines, RegulationTexts regulations) {
        this.messages = messages;
        this.deadlines = deadlines;
        this.regulations = regulations;
    }

    String card(Language language, AssociationFigures f) {
        return messages.text(language, "overview.card", "name", f.association().getName(),
                "regulation", regulations.name(language, f.regulation()), "title", f.regulation().titleWord(),
                "hasChair", f.chair() == null ? "no" : "yes", "chair", f.chair() == null ? "" : f.chair(),
                "members", f.members(), "quarter", f.heldInQuarter(), "year", f.heldInYear(),
                "meetings", meetings(language, f), "plan", plan(language, f), "reports", reports(language, f),
                "overdue", overdue(language, f));
    }

    List<Object> row(int number, AssociationFigures f) {
        Language ru = Language.RU;
        List<Object> cells = new ArrayList<>();
        cells.add(number);
        cells.add(f.association().getName());
        cells.add(regulations.name(ru, f.regulation()));
        cells.add(f.chair() == null ? messages.text(ru, "overview.no.chair", "title", f.regulation().titleWord())
                : f.chair());
        cells.add(f.members());
        cells.add(f.heldInQuarter());
        cells.add(f.heldInYear());
        cells.add(plan(ru, f));
        cells.add(reports(ru, f));
        cells.add(overdue(ru, f));
        return cells;
    }

    List<String> header() {
        return List.of("overview.col.number", "overview.col.name", "overview.col.regulation", "overview.col.chair",
                        "overview.col.members", "overview.col.quarter", "overview.col.year", "overview.col.plan",
                        "overview.col.reports", "overview.col.overdue").stream()
                .map(key -> messages.text(Language.RU, key)).toList();
    }

    String sheetName() {
        return messages.text(Language.RU, "overview.sheet");
    }

    String sheetTitle() {
        return messages.text(Language.RU, "overview.title");
    }

    /** What the regulation's meeting rule asks: "1 in the quarter" or "4 in the academic year". */
    private String meetings(Language language, AssociationFigures f) {
        return f.meetingsNeeded() == 0 ? "" : " " + messages.text(language, "overview.meetings.rule",
                "needed", f.meetingsNeeded(), "quarter", f.perQuarter() ? "yes" : "no");
    }

    private String plan(Language language, AssociationFigures f) {
        return messages.text(language, "overview.plan",
                "state", f.planSubmitted() == null ? "none" : f.planSubmitted() ? "yes" : "no");
    }

    private String reports(Language language, AssociationFigures f) {
        if (f.reports().isEmpty()) {
            return messages.text(language, "overview.reports.none");
        }
        return f.reports().stream().map(r -> {
            ReportPeriod done = r.lastDone();
            return done == null ? messages.text(language, "overview.report.not.yet")
                    : messages.text(language, "overview.report.done", "period", done.label(),
                            "kind", done.academic() ? "academic" : "calendar");
        }).collect(Collectors.joining("; "));
    }

    private String overdue(Language language, AssociationFigures f) {
        return f.overdue().isEmpty() ? messages.text(language, "overview.overdue.none")
                : f.overdue().stream().map(d -> deadlines.name(language, d) + " (" + DeadlineTexts.DATE.format(d.getDueDate())
                        + ")").collect(Collectors.joining("; "));
    }
}
