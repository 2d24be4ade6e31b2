package ru.mumo.documents;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.documents.internal.Docx;
import ru.mumo.documents.internal.Signatories;
import ru.mumo.membership.Association;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Regulation;
import ru.mumo.membership.Role;
import ru.mumo.shared.AcademicYear;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/**
 * The work plan as a Word document in the table of S Appendix 1: number, planned event, date, planned result,
 * items numbered within the two sections, signed by the head of the association in its regulation's words, with the
 * appendix of the regulation it follows where it has one. Always in Russian: it is an official paper.
 */
@Component
public class WorkPlanDocument {

    /** Number, event, date, result; they add up to the text width. */
    private static final int[] WIDTHS = {900, 3955, 2000, 2500};

    private final WorkPlanService plans;
    private final AssociationService associations;
    private final Signatories signatories;
    private final Messages messages;

    WorkPlanDocument(WorkPlanService plans, AssociationService associations, Signatories signatories,
            Messages messages) {
        this.plans = plans;
        this.associations = associations;
        this.signatories = signatories;
        this.messages = messages;
    }

    public static String fileName(AcademicYear year) {
        return "plan-raboty-" + year.startYear() + "-" + (year.startYear() + 1) + ".docx";
    }

    public byte[] build(Association association, AcademicYear year) {
        List<WorkPlanItem> items = plans.items(association.getId(), year);
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> bold = new ArrayList<>();
        for (int section = WorkPlanItem.ORGANISATIONAL_ANALYTICAL;
                section <= WorkPlanItem.ORGANISATIONAL_METHODOLOGICAL; section++) {
            rows.add(List.of(text("doc.plan.section." + section)));
            bold.add(true);
            int n = 0;
            for (WorkPlanItem item : items) {
                if (item.getSection() == section) {
                    rows.add(List.of(section + "." + ++n + ".", item.getEvent(), item.getPeriod(), item.getResult()));
                    bold.add(false);
                }
            }
        }
        Regulation regulation = associations.regulationOf(association);
        try (Docx docx = new Docx()) {
            regulation.form("plan").ifPresent(form -> docx.right(text("doc.plan.form", "form", capitalised(form))));
            return docx.title(text("doc.plan.title", "abbreviation", regulation.abbreviation()))
                    .centred(association.getName())
                    .centred(text("doc.plan.year", "year", year.label()))
                    .blank()
                    .table(WIDTHS, List.of(text("doc.plan.column.number"), text("doc.plan.column.event"),
                            text("doc.plan.column.date"), text("doc.plan.column.result")), rows, bold)
                    .signature(text("doc.sign.chair", "title", regulation.titleWord(),
                            "abbreviation", regulation.abbreviation()), signatories.name(association.getId(), Role.CHAIR))
                    .bytes();
        }
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String text(String key, Object... arguments) {
        return messages.text(Language.RU, key, arguments);
    }
}
