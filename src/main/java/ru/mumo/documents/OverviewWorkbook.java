package ru.mumo.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import ru.mumo.documents.internal.SheetStyles;

/**
 * The department's overview of the associations as an .xlsx table for the district: a title and the date on top, a
 * header row, one row per association. The figures and their words come from the caller; this lays them out as the
 * data bank export is laid out (A4 landscape, bordered cells, the header repeated on each page).
 */
@Component
public class OverviewWorkbook {

    private static final int HEADER_ROW = 3;

    /**
     * @param widths each column's width in characters
     * @param rows the cells of each row: an {@link Integer} is written as a number, anything else as text
     */
    public byte[] build(String sheetName, String title, String asOf, List<String> header, int[] widths,
            List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetStyles styles = new SheetStyles(workbook);
            Sheet sheet = workbook.createSheet(sheetName);
            title(sheet, 0, header.size(), title, styles.title());
            title(sheet, 1, header.size(), asOf, styles.note());
            Row head = sheet.createRow(HEADER_ROW);
            int lines = 1;
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellStyle(styles.header());
                head.getCell(c).setCellValue(header.get(c));
                lines = Math.max(lines, SheetStyles.lines(header.get(c), widths[c]));
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            styles.height(head, lines);
            int r = HEADER_ROW + 1;
            for (List<Object> cells : rows) {
                Row row = sheet.createRow(r++);
                int rowLines = 1;
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Integer number) {
                        styles.number(row.createCell(c), number);
                    } else {
                        String text = value == null ? "" : value.toString();
                        styles.text(row.createCell(c), text);
                        rowLines = Math.max(rowLines, SheetStyles.lines(text, widths[c]));
                    }
                }
                styles.height(row, rowLines);
            }
            styles.layout(sheet, HEADER_ROW, HEADER_ROW);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the overview", e);
        }
    }

    private static void title(Sheet sheet, int rowIndex, int width, String text,
            CellStyle style) {
        Row row = sheet.createRow(rowIndex);
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, width - 1));
    }
}
