package ru.mumo.documents.internal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** The look of the data bank sheet: a landscape table that prints on A4 with its header on every page. */
public final class SheetStyles {

    /** Height of one line of 10-point text. */
    private static final float LINE_POINTS = 12.5f;
    /** Cyrillic in Times New Roman is a little wider than the digit that column widths are measured in. */
    private static final double CHAR_FACTOR = 1.05;

    private final CellStyle title;
    private final CellStyle subtitle;
    private final CellStyle note;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;

    public SheetStyles(Workbook workbook) {
        title = style(workbook, 14, true, false);
        title.setAlignment(HorizontalAlignment.CENTER);
        subtitle = style(workbook, 12, false, false);
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        note = style(workbook, 10, false, false);
        header = style(workbook, 10, true, true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        text = style(workbook, 10, false, true);
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        number = style(workbook, 10, false, true);
        number.setAlignment(HorizontalAlignment.CENTER);
        number.setVerticalAlignment(VerticalAlignment.TOP);
    }

    public CellStyle title() {
        return title;
    }

    public CellStyle subtitle() {
        return subtitle;
    }

    public CellStyle note() {
        return note;
    }

    public CellStyle header() {
        return header;
    }

    public void text(Cell cell, String value) {
        cell.setCellValue(value);
        cell.setCellStyle(text);
    }

    public void number(Cell cell, int value) {
        cell.setCellValue(value);
        cell.setCellStyle(number);
    }

    /** A frozen header, landscape A4 fitted to the page width, the header rows repeated on every page. */
    public void layout(Sheet sheet, int firstHeaderRow, int lastHeaderRow) {
        sheet.createFreezePane(2, lastHeaderRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.5);
    }

    /**
     * Makes a row tall enough for {@code lines} lines of wrapped text: neither POI nor every spreadsheet
     * program grows rows by itself, and a clipped cell on paper loses data.
     */
    public void height(Row row, int lines) {
        row.setHeightInPoints(lines * LINE_POINTS + 2);
    }

    /** About how many lines a text takes in a column {@code width} characters wide. */
    public static int lines(String text, int width) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() * CHAR_FACTOR / Math.max(1, width - 1)));
        }
        return lines;
    }

    private static CellStyle style(Workbook workbook, int points, boolean bold, boolean bordered) {
        Font font = workbook.createFont();
        font.setFontName("Times New Roman");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
