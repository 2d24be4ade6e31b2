package ru.mumo.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.databank.DataBank;
import ru.mumo.databank.ProfileAnswers;
import ru.mumo.databank.ProfileField;
import ru.mumo.databank.ProfileFormat;
import ru.mumo.databank.ProfileService;
import ru.mumo.documents.internal.SheetStyles;
import ru.mumo.membership.Association;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.Regulation;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/**
 * The member data bank as an .xlsx sheet in the layout of S Appendix 3: the title, the association and its
 * municipality on top, two header rows with the grouped columns, then one row per member who has consented to
 * the current consent text, and a second sheet with what S 3.6 adds. Who may have it and who is in it is decided
 * by {@link ProfileService#dataBank}; members left out for want of consent are counted under the table.
 */
@Service
@Transactional(readOnly = true)
public class DataBankExport {

    /** A header cell over one column, or a group over several; {@code width} in characters per column. */
    private record Column(String key, List<ProfileField> fields, int width) {

        Column(String key, ProfileField field, int width) {
            this(key, List.of(field), width);
        }

        int span() {
            return Math.max(1, fields.size());
        }
    }

    private static final int TEXT = 14;
    /** The column of the mark that the member's signed consent (S 3.6) was received. */
    private static final String WRITTEN_CONSENT = "export.col.written.consent";
    private static final int YEARS = 12;

    /** S Appendix 3, column for column. */
    private static final List<Column> APPENDIX_3 = List.of(
            new Column("export.col.number", List.of(), 5),
            new Column("export.col.FULL_NAME", ProfileField.FULL_NAME, 22),
            new Column("export.col.WORK_PLACE", ProfileField.WORK_PLACE, 18),
            new Column("export.col.POSITION", ProfileField.POSITION, TEXT),
            new Column("export.col.COMBINED_POSITION", ProfileField.COMBINED_POSITION, TEXT),
            new Column("export.col.EDUCATION", ProfileField.EDUCATION_LEVEL, 16),
            new Column("export.col.RETRAINING", ProfileField.RETRAINING, TEXT),
            new Column("export.group.EXPERIENCE", List.of(ProfileField.TOTAL_EXPERIENCE,
                    ProfileField.TEACHING_EXPERIENCE), YEARS),
            new Column("export.col.CATEGORY", ProfileField.CATEGORY, 16),
            new Column("export.group.COURSES", List.of(ProfileField.COURSES_REGIONAL,
                    ProfileField.COURSES_FEDERAL), TEXT),
            new Column("export.col.DIAGNOSTICS", ProfileField.DIAGNOSTICS, TEXT),
            new Column("export.col.DEFICITS", ProfileField.DEFICITS, TEXT),
            new Column("export.group.EVENTS", List.of(ProfileField.EVENTS_MUNICIPAL, ProfileField.EVENTS_REGIONAL,
                    ProfileField.EVENTS_FEDERAL), TEXT));

    /**
     * What S 3.6 adds to the appendix (age, specialty, awards, titles, self-education), on a second sheet so
     * that the appendix itself stays readable on one landscape A4 page width.
     */
    private static final List<Column> S_3_6 = List.of(
            new Column("export.col.number", List.of(), 5),
            new Column("export.col.FULL_NAME", ProfileField.FULL_NAME, 28),
            new Column("export.group.EXTRA", List.of(ProfileField.BIRTH_DATE, ProfileField.SPECIALTY,
                    ProfileField.AWARDS, ProfileField.TITLES, ProfileField.SELF_EDUCATION), 24),
            new Column(WRITTEN_CONSENT, List.of(), 18));

    /** Rows above the header: title, association, municipality, date. */
    static final int HEADER_ROW = 5;

    private final ProfileService profiles;
    private final AssociationService associations;
    private final ProfileFormat format;
    private final Messages messages;
    private final Clock clock;

    DataBankExport(ProfileService profiles, AssociationService associations, ProfileFormat format, Messages messages,
            Clock clock) {
        this.profiles = profiles;
        this.associations = associations;
        this.format = format;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The sheet for the requester's association; only its chair or secretary may have it. It is an official paper,
     * so it is in Russian whatever the requester's language.
     */
    public DataBankSheet export(Membership requester) {
        Language language = Language.RU;
        DataBank bank = profiles.dataBank(requester);
        Association association = bank.association();
        LocalDate today = LocalDate.now(clock.withZone(association.getTimeZone()));
        Regulation regulation = associations.regulationOf(association);
        Object[] cites = {"abbreviation", regulation.abbreviation(),
                "clause", regulation.clause("data-bank").orElse("none"),
                "form", regulation.form("data-bank").orElse("none")};
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            sheet(workbook.createSheet(messages.text(language, "export.sheet")), styles, APPENDIX_3, association,
                    today, bank, language, cites);
            sheet(workbook.createSheet(messages.text(language, "export.sheet.extra", cites)), styles, S_3_6,
                    association, today, bank, language, cites);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return new DataBankSheet(fileName(association, today), out.toByteArray(), bank.entries().size(),
                    bank.withoutConsent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sheet(Sheet sheet, SheetStyles styles, List<Column> columns, Association association,
            LocalDate today, DataBank bank, Language language, Object[] cites) {
        int width = columns.stream().mapToInt(Column::span).sum();
        title(sheet, 0, width, messages.text(language, "export.title", cites), styles.title());
        title(sheet, 1, width, association.getName(), styles.subtitle());
        title(sheet, 2, width, association.getMunicipality() != null ? association.getMunicipality()
                : messages.text(language, "export.municipality.missing"), styles.subtitle());
        title(sheet, 3, width, messages.text(language, "export.as.of", "date", ProfileAnswers.DATE.format(today)),
                styles.note());
        header(sheet, styles, columns, language, cites);
        int rowIndex = HEADER_ROW + 2;
        int number = 1;
        for (DataBank.Entry entry : bank.entries()) {
            row(sheet.createRow(rowIndex++), styles, columns, number++, entry, association, language);
        }
        if (bank.withoutConsent() > 0) {
            title(sheet, rowIndex + 1, width, messages.text(language, "export.without.consent",
                    "count", bank.withoutConsent()), styles.note());
        }
        int column = 0;
        for (Column c : columns) {
            for (int i = 0; i < c.span(); i++) {
                sheet.setColumnWidth(column++, c.width() * 256);
            }
        }
        styles.layout(sheet, HEADER_ROW, HEADER_ROW + 1);
    }

    private static void title(Sheet sheet, int rowIndex, int width, String text, CellStyle style) {
        Row row = sheet.createRow(rowIndex);
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, width - 1));
    }

    private void header(Sheet sheet, SheetStyles styles, List<Column> columns, Language language, Object[] cites) {
        Row top = sheet.createRow(HEADER_ROW);
        Row bottom = sheet.createRow(HEADER_ROW + 1);
        int col = 0;
        int lines = 1;
        for (Column column : columns) {
            int span = column.span();
            for (int i = 0; i < span; i++) {
                top.createCell(col + i).setCellStyle(styles.header());
                bottom.createCell(col + i).setCellStyle(styles.header());
            }
            String label = messages.text(language, column.key(), cites);
            top.getCell(col).setCellValue(label);
            if (span == 1) {
                sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, col, col));
                lines = Math.max(lines, (SheetStyles.lines(label, column.width()) + 1) / 2);
            } else {
                sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, col, col + span - 1));
                lines = Math.max(lines, SheetStyles.lines(label, column.width() * span));
                for (int i = 0; i < span; i++) {
                    String sub = messages.text(language, "export.col." + column.fields().get(i).name());
                    bottom.getCell(col + i).setCellValue(sub);
                    lines = Math.max(lines, SheetStyles.lines(sub, column.width()));
                }
            }
            col += span;
        }
        styles.height(top, lines);
        styles.height(bottom, lines);
    }

    private void row(Row row, SheetStyles styles, List<Column> columns, int number, DataBank.Entry entry,
            Association association, Language language) {
        Map<ProfileField, Object> values = entry.values();
        int col = 0;
        int lines = 1;
        styles.number(row.createCell(col++), number);
        for (Column column : columns.subList(1, columns.size())) {
            if (column.key().equals(WRITTEN_CONSENT)) {
                styles.text(row.createCell(col++), entry.writtenConsentAt() == null ? ""
                        : ProfileAnswers.DATE.format(entry.writtenConsentAt().atZone(association.getTimeZone())));
                continue;
            }
            for (ProfileField field : column.fields()) {
                Object value = values.get(field);
                if (value instanceof Integer years) {
                    styles.number(row.createCell(col++), years);
                } else {
                    String text = text(field, values, language);
                    styles.text(row.createCell(col++), text);
                    lines = Math.max(lines, SheetStyles.lines(text, column.width()));
                }
            }
        }
        styles.height(row, lines);
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
