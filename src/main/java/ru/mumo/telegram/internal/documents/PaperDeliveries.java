package ru.mumo.telegram.internal.documents;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.deadlines.ReportSubmitted;
import ru.mumo.documents.AnnualReportDocument;
import ru.mumo.documents.ReportPeriod;
import ru.mumo.documents.WorkPlanDocument;
import ru.mumo.documents.WorkPlanItem;
import ru.mumo.documents.WorkPlanService;
import ru.mumo.documents.WorkPlanSubmitted;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Association;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Regulation;
import ru.mumo.shared.AcademicYear;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.membership.OfficialsChats;
import ru.mumo.telegram.internal.membership.RegulationTexts;
import ru.mumo.telegram.internal.outbox.Outbox;

/**
 * Papers go where the regulation sends them: a submitted work plan, and an annual report marked done, reach the
 * education department's officials as the .docx with a short summary (S 3.1, S 3.4 to the department; T 3.8 to РУМО,
 * through the department). In the transaction that submitted them.
 */
@Component
class PaperDeliveries {

    private final AssociationService associations;
    private final MembershipService membership;
    private final MeetingService meetings;
    private final WorkPlanService plans;
    private final WorkPlanDocument plan;
    private final AnnualReportDocument report;
    private final OfficialsChats officials;
    private final RegulationTexts regulations;
    private final Messages messages;
    private final Outbox outbox;

    PaperDeliveries(AssociationService associations, MembershipService membership, MeetingService meetings,
            WorkPlanService plans, WorkPlanDocument plan, AnnualReportDocument report, OfficialsChats officials,
            RegulationTexts regulations, Messages messages, Outbox outbox) {
        this.associations = associations;
        this.membership = membership;
        this.meetings = meetings;
        this.plans = plans;
        this.plan = plan;
        this.report = report;
        this.officials = officials;
        this.regulations = regulations;
        this.messages = messages;
        this.outbox = outbox;
    }

    @EventListener
    void on(WorkPlanSubmitted submitted) {
        Association association = associations.association(submitted.associationId()).orElseThrow();
        Regulation regulation = regulations.of(association);
        AcademicYear year = new AcademicYear(submitted.academicYear());
        List<WorkPlanItem> items = plans.items(association.getId(), year);
        byte[] docx = plan.build(association, year);
        officials.all().forEach((chat, language) -> {
            outbox.document(chat, WorkPlanDocument.fileName(year), docx, messages.text(language,
                    "paper.plan.caption", "association", association.getName(), "year", year.label()));
            outbox.send(chat, messages.text(language, "paper.plan.summary", "association", association.getName(),
                    "year", year.label(), "items", items.size(),
                    "first", items.stream().filter(i -> i.getSection() == WorkPlanItem.ORGANISATIONAL_ANALYTICAL).count(),
                    "second", items.stream().filter(i -> i.getSection() == WorkPlanItem.ORGANISATIONAL_METHODOLOGICAL)
                            .count(),
                    "again", submitted.first() ? "no" : "yes", "by", by(language, submitted.byMembershipId()),
                    "title", regulation.titleWord(),
                    "clause", regulation.duty("WORK_PLAN").map(Regulation.Duty::clause).orElse("none")), null);
        });
    }

    @EventListener
    void on(ReportSubmitted submitted) {
        Association association = associations.association(submitted.associationId()).orElseThrow();
        Regulation regulation = regulations.of(association);
        ReportPeriod period = submitted.period();
        byte[] docx = report.build(association, period);
        long members = membership.members(association.getId()).stream().filter(m -> m.getRole().countsAsMember())
                .count();
        int held = meetings.heldBetween(association.getId(), period.from(), period.to());
        officials.all().forEach((chat, language) -> {
            outbox.document(chat, AnnualReportDocument.fileName(period), docx, messages.text(language,
                    "paper.report.caption", "association", association.getName(), "period", period.label(),
                    "kind", period.academic() ? "academic" : "calendar"));
            outbox.send(chat, summary(language, association, regulation, submitted, members, held,
                    by(language, submitted.byMembershipId())), null);
        });
    }

    private String summary(Language language, Association association, Regulation regulation,
            ReportSubmitted submitted, long members, int held, String by) {
        ReportPeriod period = submitted.period();
        return messages.text(language, "paper.report.summary", "association", association.getName(),
                "period", period.label(), "kind", period.academic() ? "academic" : "calendar",
                "to", regulation.reportTo().name(), "members", members, "held", held, "by", by,
                "title", regulation.titleWord(),
                "clause", regulation.duty(submitted.kind().name()).map(Regulation.Duty::clause).orElse("none"));
    }

    /** "руководитель Иванова Анна Петровна": who submitted, in the words of the association's regulation. */
    private String by(Language language, long membershipId) {
        return membership.anyMembership(membershipId).map(m -> regulations.role(language, m.getRole(),
                m.getAssociation()) + " " + m.getPerson().getFullName()).orElse("");
    }
}
