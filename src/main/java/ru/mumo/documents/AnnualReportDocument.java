package ru.mumo.documents;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.documents.internal.Docx;
import ru.mumo.documents.internal.Signatories;
import ru.mumo.documents.internal.report.Decision;
import ru.mumo.documents.internal.report.Decisions;
import ru.mumo.documents.internal.report.MembershipHistory;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.MeetingStatus;
import ru.mumo.meetings.Quorum;
import ru.mumo.membership.Association;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.Regulation;
import ru.mumo.membership.Role;
import ru.mumo.shared.AcademicYear;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/**
 * The draft of the annual report for a calendar or academic year: the composition at the start and the end and
 * who joined or left, the meetings held with attendance and quorum, the decisions with their votes, and the
 * work plan's items with a column for the secretary to mark what was done. The secretary finishes it in Word;
 * the bot does the counting. Always in Russian: it is an official paper.
 */
@Component
public class AnnualReportDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int[] MEETING_WIDTHS = {600, 1450, 2250, 1100, 3955};
    private static final int[] DECISION_WIDTHS = {1500, 2700, 2600, 2555};
    private static final int[] PLAN_WIDTHS = {800, 3000, 1700, 2255, 1600};
    private static final int[] EVENT_WIDTHS = {1350, 4255, 2200, 1550};

    private final MeetingService meetings;
    private final AssociationService associations;
    private final MembershipHistory history;
    private final Decisions decisions;
    private final WorkPlanService plans;
    private final Signatories signatories;
    private final Messages messages;

    AnnualReportDocument(MeetingService meetings, AssociationService associations, MembershipHistory history,
            Decisions decisions, WorkPlanService plans, Signatories signatories, Messages messages) {
        this.meetings = meetings;
        this.associations = associations;
        this.history = history;
        this.decisions = decisions;
        this.plans = plans;
        this.signatories = signatories;
        this.messages = messages;
    }

    public static String fileName(ReportPeriod period) {
        return "otchet-" + period.label().replace('/', '-') + ".docx";
    }

    @Transactional(readOnly = true)
    public byte[] build(Association association, ReportPeriod period) {
        ZoneId zone = association.getTimeZone();
        Instant from = period.from().atStartOfDay(zone).toInstant();
        Instant to = period.to().atStartOfDay(zone).toInstant();
        List<Meeting> held = meetings.held(association.getId()).stream()
                .filter(m -> m.getStatus() == MeetingStatus.CLOSED && period.contains(m.localDate()))
                .sorted(Comparator.comparing(Meeting::getStartsAt)).toList();
        Regulation regulation = associations.regulationOf(association);
        String kind = period.academic() ? "ACADEMIC_REPORT" : "CALENDAR_REPORT";
        try (Docx docx = new Docx()) {
            docx.title(text("doc.report.title"))
                    .centred(text("doc.report.of", "association", association.getName()))
                    .centred(text("doc.report.period", "period", period.label(),
                            "kind", period.academic() ? "academic" : "calendar"))
                    .centred(text("doc.report.basis", "to", regulation.reportTo().name(),
                            "clause", regulation.duty(kind).map(Regulation.Duty::clause).orElse("none")))
                    .blank();
            composition(docx, association.getId(), period, from, to);
            meetings(docx, held, regulation);
            events(docx, meetings.eventsHeldBetween(association.getId(), period.from(), period.to()));
            decisions(docx, held);
            plan(docx, association.getId(), period);
            return docx.signature(text("doc.sign.chair", "title", regulation.titleWord(),
                            "abbreviation", regulation.abbreviation()), signatories.name(association.getId(), Role.CHAIR))
                    .signature(text("doc.sign.secretary"), signatories.name(association.getId(), Role.SECRETARY))
                    .blank()
                    .line(text("doc.report.date.line"))
                    .bytes();
        }
    }

    private void composition(Docx docx, long associationId, ReportPeriod period, Instant from, Instant to) {
        List<Membership> ever = history.findEver(associationId).stream()
                .filter(m -> m.getRole().countsAsMember()).toList();
        long atStart = ever.stream().filter(m -> memberAt(m, from)).count();
        long atEnd = ever.stream().filter(m -> memberAt(m, to)).count();
        List<String> joined = ever.stream().filter(m -> within(m.getJoinedAt(), from, to))
                .map(m -> m.getPerson().getFullName()).toList();
        List<String> left = ever.stream().filter(m -> m.getLeftAt() != null && within(m.getLeftAt(), from, to))
                .map(m -> m.getPerson().getFullName()).toList();
        docx.heading(text("doc.report.members.heading"))
                .text(text("doc.report.members.counts", "start", DATE.format(period.from()), "atStart", atStart,
                        "end", DATE.format(period.to().minusDays(1)), "atEnd", atEnd))
                .text(joined.isEmpty() ? text("doc.report.members.none.joined")
                        : text("doc.report.members.joined", "count", joined.size(), "names", String.join(", ", joined)))
                .text(left.isEmpty() ? text("doc.report.members.none.left")
                        : text("doc.report.members.left", "count", left.size(), "names", String.join(", ", left)));
    }

    /** The meetings held, against what the regulation asks: one a quarter (T 2.4) or four a year (S 3.2). */
    private void meetings(Docx docx, List<Meeting> held, Regulation regulation) {
        String rule = regulation.duty("QUARTER_MEETING").map(d -> text("doc.report.rule.quarter",
                        "count", d.count() == null ? 1 : d.count(), "clause", d.clause()))
                .or(() -> regulation.duty("YEAR_MEETINGS").map(d -> text("doc.report.rule.year",
                        "count", d.count() == null ? 1 : d.count(), "clause", d.clause())))
                .orElse("none");
        docx.heading(text("doc.report.meetings.heading"))
                .text(text("doc.report.meetings.count", "count", held.stream().filter(Meeting::isHeld).count(),
                        "rule", rule));
        if (held.isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Meeting m : held) {
            Quorum quorum = m.frozenQuorum();
            rows.add(List.of(String.valueOf(m.getNumber()), DATE.format(m.localDate()),
                    text("doc.report.meetings.present", "present", quorum.present(), "members", quorum.members()),
                    text(quorum.quorate() ? "doc.report.quorum.yes" : "doc.report.quorum.no"),
                    numbered(m.getAgenda())));
        }
        docx.table(MEETING_WIDTHS, List.of(text("doc.report.meetings.column.number"),
                text("doc.report.meetings.column.date"), text("doc.report.meetings.column.present"),
                text("doc.report.meetings.column.quorum"), text("doc.report.meetings.column.agenda")),
                rows, rows.stream().map(r -> false).toList());
    }

    /** The seminars, master classes and other events held: never counted as meetings (T 2.4, S 3.2). */
    private void events(Docx docx, List<Meeting> held) {
        docx.heading(text("doc.report.events.heading")).text(text("doc.report.events.count", "count", held.size()));
        if (held.isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Meeting event : held) {
            rows.add(List.of(DATE.format(event.localDate()),
                    text("doc.report.event", "kind", event.getKind().name(), "title", event.getTitle(),
                            "format", event.getFormat().name()),
                    text("doc.report.event.level", "level", event.getLevel().name()),
                    String.valueOf(event.frozenQuorum().present())));
        }
        docx.table(EVENT_WIDTHS, List.of(text("doc.report.events.column.date"), text("doc.report.events.column.event"),
                text("doc.report.events.column.level"), text("doc.report.events.column.present")),
                rows, rows.stream().map(r -> false).toList());
    }

    private void decisions(Docx docx, List<Meeting> held) {
        docx.heading(text("doc.report.decisions.heading"));
        List<List<String>> rows = new ArrayList<>();
        boolean unrecorded = false;
        for (Meeting m : held.stream().filter(Meeting::isHeld).toList()) {
            for (Decision d : decisions.of(m)) {
                unrecorded |= !d.voted();
                rows.add(List.of(text("doc.report.decisions.meeting", "number", m.getNumber(),
                        "date", DATE.format(m.localDate())), d.question(), d.decided() == null ? "" : d.decided(),
                        d.voted() ? text("doc.report.decisions.votes", "for", d.tally().forVotes(),
                                "against", d.tally().against(), "abstained", d.tally().abstain(),
                                "outcome", d.tally().outcome().name()) : "—"));
            }
        }
        if (rows.isEmpty()) {
            docx.text(text("doc.report.decisions.none"));
            return;
        }
        docx.table(DECISION_WIDTHS, List.of(text("doc.report.decisions.column.meeting"),
                text("doc.report.decisions.column.question"), text("doc.report.decisions.column.decision"),
                text("doc.report.decisions.column.votes")), rows, rows.stream().map(r -> false).toList());
        if (unrecorded) {
            docx.text(text("doc.report.decisions.fill.in"));
        }
    }

    private void plan(Docx docx, long associationId, ReportPeriod period) {
        docx.heading(text("doc.report.plan.heading"));
        List<AcademicYear> years = period.academic() ? List.of(new AcademicYear(period.from().getYear()))
                : List.of(new AcademicYear(period.from().getYear() - 1), new AcademicYear(period.from().getYear()));
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> bold = new ArrayList<>();
        for (AcademicYear year : years) {
            List<WorkPlanItem> items = plans.items(associationId, year);
            if (items.isEmpty()) {
                continue;
            }
            if (years.size() > 1) {
                rows.add(List.of(text("doc.plan.year", "year", year.label())));
                bold.add(true);
            }
            for (int section = WorkPlanItem.ORGANISATIONAL_ANALYTICAL;
                    section <= WorkPlanItem.ORGANISATIONAL_METHODOLOGICAL; section++) {
                int n = 0;
                for (WorkPlanItem item : items) {
                    if (item.getSection() == section) {
                        rows.add(List.of(section + "." + ++n + ".", item.getEvent(), item.getPeriod(),
                                item.getResult(), item.getDoneOn() == null ? ""
                                        : text("doc.report.plan.done", "date", DATE.format(item.getDoneOn()))));
                        bold.add(false);
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            docx.text(text("doc.report.plan.none"));
            return;
        }
        docx.table(PLAN_WIDTHS, List.of(text("doc.plan.column.number"), text("doc.plan.column.event"),
                text("doc.plan.column.date"), text("doc.plan.column.result"), text("doc.report.plan.column.done")),
                rows, bold);
    }

    private static boolean memberAt(Membership m, Instant at) {
        return m.getJoinedAt().isBefore(at) && (m.getLeftAt() == null || !m.getLeftAt().isBefore(at));
    }

    private static boolean within(Instant instant, Instant from, Instant to) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    private static String numbered(List<String> agenda) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            lines.add((i + 1) + ". " + agenda.get(i));
        }
        return String.join("\n", lines);
    }

    private String text(String key, Object... arguments) {
        return messages.text(Language.RU, key, arguments);
    }
}
