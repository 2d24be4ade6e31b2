package ru.mumo.telegram.internal.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.deadlines.AssociationFigures;
import ru.mumo.deadlines.OverviewService;
import ru.mumo.documents.OverviewWorkbook;
import ru.mumo.shared.AppProperties;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.deadlines.DeadlineTexts;

/**
 * {@code /overview}: for the department, how every association is doing (members, meetings held this quarter and
 * academic year, the plan, the reports, what is overdue), as messages and as an .xlsx table for the district.
 */
@Component
class OverviewCommand implements Command {

    /** Associations per message: a message holds 4096 characters. */
    static final int PER_MESSAGE = 15;
    private static final int[] WIDTHS = {5, 30, 22, 24, 9, 12, 12, 14, 24, 30};

    private final OverviewService overview;
    private final OverviewTexts texts;
    private final OverviewWorkbook workbook;
    private final AppProperties properties;
    private final Clock clock;

    OverviewCommand(OverviewService overview, OverviewTexts texts, OverviewWorkbook workbook, AppProperties properties,
            Clock clock) {
        this.overview = overview;
        this.texts = texts;
        this.workbook = workbook;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "overview";
    }

    @Override
    public Access access() {
        return Access.OFFICIAL;
    }

    @Override
    public void execute(Request request) {
        List<AssociationFigures> all = overview.figures();
        if (all.isEmpty()) {
            request.reply("associations.none");
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(properties.timezone()));
        for (int from = 0; from < all.size(); from += PER_MESSAGE) {
            StringBuilder text = new StringBuilder(from == 0 ? request.text("overview.header", "count", all.size(),
                    "date", DeadlineTexts.DATE.format(today)) : "");
            for (AssociationFigures figures : all.subList(from, Math.min(all.size(), from + PER_MESSAGE))) {
                text.append(text.isEmpty() ? "" : "\n\n").append(texts.card(request.language(), figures));
            }
            request.send(text.toString(), null);
        }
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (AssociationFigures figures : all) {
            rows.add(texts.row(n++, figures));
        }
        request.outbox().document(request.chatId(), "mumo-obzor-" + today + ".xlsx",
                workbook.build(texts.sheetName(), texts.sheetTitle(), request.text("export.as.of",
                        "date", DeadlineTexts.DATE.format(today)), texts.header(), WIDTHS, rows),
                request.text("overview.caption", "count", all.size()));
    }
}
