package ru.mumo.databank;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.databank.internal.SheetStyles;
import ru.mumo.membership.Association;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipException;
import ru.mumo.membership.MembershipService;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/**
 * The member data bank as an .xlsx sheet in the layout of S Appendix 3: the title, the association and its
 * municipality on top, two header rows with the grouped columns, then one row per member who has consented to
 * the current consent text. Members whose consent is out of date are left out and counted under the table.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = MembershipException.class)
public class DataBankExport {

    /** A header cell over one column, or a group over several. */
    private record Column(String key, List<ProfileField> fields) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("export.col.number", List.of()),
            new Column("export.col.FULL_NAME", List.of(ProfileField.FULL_NAME)),
            new Column("export.col.WORK_PLACE", List.of(ProfileField.WORK_PLACE)),
            new Column("export.col.POSITION", List.of(ProfileField.POSITION)),
            new Column("export.col.COMBINED_POSITION", List.of(ProfileField.COMBINED_POSITION)),
            new Column("export.col.EDUCATION", List.of(ProfileField.EDUCATION_LEVEL)),
            new Column("export.col.RETRAINING", List.of(ProfileField.RETRAINING)),
            new Column("export.group.EXPERIENCE", List.of(ProfileField.TOTAL_EXPERIENCE, ProfileField.TEACHING_EXPERIENCE)),
            new Column("export.col.CATEGORY", List.of(ProfileField.CATEGORY)),
            new Column("export.group.COURSES", List.of(ProfileField.COURSES_REGIONAL, ProfileField.COURSES_FEDERAL)),
            new Column("export.col.DIAGNOSTICS", List.of(ProfileField.DIAGNOSTICS)),
            new Column("export.col.DEFICITS", List.of(ProfileField.DEFICITS)),
            new Column("export.group.EVENTS", List.of(ProfileField.EVENTS_MUNICIPAL, ProfileField.EVENTS_REGIONAL,
                    ProfileField.EVENTS_FEDERAL)),
            new Column("export.group.EXTRA", List.of(ProfileField.BIRTH_DATE, ProfileField.SPECIALTY,
                    ProfileField.AWARDS, ProfileField.TITLES, ProfileField.SELF_EDUCATION)));

    /** Rows above the header: title, association, municipality, date. */
    static final int HEADER_ROW = 5;

    private final MembershipService membership;
    private final ProfileService profiles;
    private final ProfileFormat format;
    private final Messages messages;
    private final Clock clock;

    DataBankExport(MembershipService membership, ProfileService profiles, ProfileFormat format, Messages messages,
            Clock clock) {
        this.membership = membership;
        this.profiles = profiles;
        this.format = format;
        this.messages = messages;
        this.clock = clock;
    }

    /** The sheet for the requester's association; only its chair or secretary may have it. */
    public DataBankSheet export(Membership requester, Language language) {
        if (!requester.getRole().keepsDataBank()) {
            throw new MembershipException(MembershipException.Reason.NOT_ALLOWED);
        }
        Association association = requester.getAssociation();
        String consentVersion = messages.text(language, "consent.version");
        List<Membership> members = membership.members(association.getId()).stream()
                .filter(m -> m.getRole().countsAsMember())
                .sorted(Comparator.comparing(m -> m.getPerson().getFullName()))
                .toList();
        List<Membership> consenting = members.stream()
                .filter(m -> consentVersion.equals(m.getPerson().getConsentVersion())).toList();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            Sheet sheet = workbook.createSheet(messages.text(language, "export.sheet"));
            int width = width();
            LocalDate today = LocalDate.now(clock.withZone(association.getTimeZone()));
            title(sheet, styles, 0, width, messages.text(language, "export.title"), styles.title());
            title(sheet, styles, 1, width, association.getName(), styles.subtitle());
            title(sheet, styles, 2, width, association.getMunicipality() != null ? association.getMunicipality()
                    : messages.text(language, "export.municipality.missing"), styles.subtitle());
            title(sheet, styles, 3, width, messages.text(language, "export.as.of",
                    "date", ProfileAnswers.DATE.format(today)), styles.note());
            header(sheet, styles, language);
            int rowIndex = HEADER_ROW + 2;
            int number = 1;
            for (Membership m : consenting) {
                row(sheet.createRow(rowIndex++), styles, number++, profiles.values(m.getPerson()), language);
            }
            int left = members.size() - consenting.size();
            if (left > 0) {
                title(sheet, styles, rowIndex + 1, width, messages.text(language, "export.without.consent",
                        "count", left), styles.note());
            }
            styles.layout(sheet, width, HEADER_ROW, HEADER_ROW + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return new DataBankSheet(fileName(association, today), out.toByteArray(), consenting.size(), left);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int width() {
        return COLUMNS.stream().mapToInt(c -> Math.max(1, c.fields().size())).sum();
    }

    private static void title(Sheet sheet, SheetStyles styles, int rowIndex, int width, String text,
            org.apache.poi.ss.usermodel.CellStyle style) {
        Row row = sheet.createRow(rowIndex);
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, width - 1));
    }

    private void header(Sheet sheet, SheetStyles styles, Language language) {
        Row top = sheet.createRow(HEADER_ROW);
        Row bottom = sheet.createRow(HEADER_ROW + 1);
        int col = 0;
        for (Column column : COLUMNS) {
            int span = Math.max(1, column.fields().size());
            for (int i = 0; i < span; i++) {
                top.createCell(col + i).setCellStyle(styles.header());
                bottom.createCell(col + i).setCellStyle(styles.header());
            }
            top.getCell(col).setCellValue(messages.text(language, column.key()));
            if (span == 1) {
                sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, col, col));
            } else {
                sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, col, col + span - 1));
                for (int i = 0; i < span; i++) {
                    bottom.getCell(col + i).setCellValue(
                            messages.text(language, "export.col." + column.fields().get(i).name()));
                }
            }
            col += span;
        }
    }

    private void row(Row row, SheetStyles styles, int number, Map<ProfileField, Object> values, Language language) {
        int col = 0;
        styles.number(row.createCell(col++), number);
        for (Column column : COLUMNS.subList(1, COLUMNS.size())) {
            for (ProfileField field : column.fields()) {
                Object value = values.get(field);
                if (value instanceof Integer years) {
                    styles.number(row.createCell(col++), years);
                } else {
                    styles.text(row.createCell(col++), text(field, values, language));
                }
            }
        }
    }

    private String text(ProfileField field, Map<ProfileField, Object> values, Language language) {
        String text = format.value(field, values.get(field), language);
        if (field == ProfileField.EDUCATION_LEVEL && values.get(ProfileField.QUALIFICATION) != null) {
            String qualification = values.get(ProfileField.QUALIFICATION).toString();
            return text == null ? qualification : text + ", " + qualification;
        }
        return text == null ? "" : text;
    }

    private static String fileName(Association association, LocalDate today) {
        return "bank-dannyh-" + association.getId() + "-" + today + ".xlsx";
    }
}
