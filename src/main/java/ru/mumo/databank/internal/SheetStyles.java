package ru.mumo.databank.internal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** The look of the data bank sheet: a landscape table that prints on A4 with its header on every page. */
public final class SheetStyles {

    private static final int NUMBER_WIDTH = 5;
    private static final int NAME_WIDTH = 24;
    private static final int TEXT_WIDTH = 18;
    private static final int YEARS_WIDTH = 10;

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

    /** Column widths, a frozen header, landscape A4 fitted to the page width, header rows on every page. */
    public void layout(Sheet sheet, int columns, int firstHeaderRow, int lastHeaderRow) {
        sheet.setColumnWidth(0, NUMBER_WIDTH * 256);
        sheet.setColumnWidth(1, NAME_WIDTH * 256);
        for (int i = 2; i < columns; i++) {
            sheet.setColumnWidth(i, (i == 7 || i == 8 ? YEARS_WIDTH : TEXT_WIDTH) * 256);
        }
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
