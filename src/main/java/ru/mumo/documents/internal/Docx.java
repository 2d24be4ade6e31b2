package ru.mumo.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A Russian official paper in Word: A4, margins of GOST R 7.0.97 (30 mm left, 15 right, 20 top and bottom),
 * Times New Roman, centred titles, tables with full borders and a signature block.
 */
public final class Docx implements AutoCloseable {

    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 56.6929;
    private static final String FONT = "Times New Roman";
    private static final String BLACK = "000000";
    public static final int TEXT_SIZE = 14;
    public static final int TABLE_SIZE = 12;
    /** The width between the margins: 210 - 30 - 15 mm. */
    public static final int TEXT_WIDTH = (int) Math.round(165 * TWIPS_PER_MM);

    private final XWPFDocument document = new XWPFDocument();

    public Docx() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(twips(210));
        size.setH(twips(297));
        CTPageMar margins = section.addNewPgMar();
        margins.setLeft(twips(30));
        margins.setRight(twips(15));
        margins.setTop(twips(20));
        margins.setBottom(twips(20));
        margins.setHeader(twips(10));
        margins.setFooter(twips(10));
    }

    public Docx title(String text) {
        return paragraph(text, ParagraphAlignment.CENTER, true, TEXT_SIZE, 0);
    }

    public Docx centred(String text) {
        return paragraph(text, ParagraphAlignment.CENTER, false, TEXT_SIZE, 0);
    }

    /** A line at the right margin: the appendix a paper's form comes from. */
    public Docx right(String text) {
        return paragraph(text, ParagraphAlignment.RIGHT, false, TABLE_SIZE, 0);
    }

    /** A heading of a numbered part, with some air before it. */
    public Docx heading(String text) {
        return paragraph(text, ParagraphAlignment.LEFT, true, TEXT_SIZE, 240);
    }

    /** Body text, justified, with the first-line indent of 1.25 cm. */
    public Docx text(String text) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(twips(12.5).intValue());
        p.setSpacingAfter(0);
        run(p, text, false, TEXT_SIZE);
        return this;
    }

    /** A line at the left margin, without indent: a date line, a note under a signature. */
    public Docx line(String text) {
        return paragraph(text, ParagraphAlignment.LEFT, false, TEXT_SIZE, 0);
    }

    public Docx blank() {
        return paragraph("", ParagraphAlignment.LEFT, false, TEXT_SIZE, 0);
    }

    /**
     * A table with a bold header row; {@code widths} in twips add up to {@link #TEXT_WIDTH}. A row of one cell
     * spans the whole table (the plan's section rows).
     */
    public Docx table(int[] widths, List<String> header, List<List<String>> rows, List<Boolean> boldRows) {
        XWPFTable table = document.createTable(1, widths.length);
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < widths.length; c++) {
            fill(head.getCell(c), header.get(c), widths[c], true, ParagraphAlignment.CENTER);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            XWPFTableRow row = table.createRow();
            boolean bold = boldRows.get(r);
            if (cells.size() == 1) {
                while (row.getTableCells().size() > 1) {
                    row.removeCell(row.getTableCells().size() - 1);
                }
                XWPFTableCell cell = row.getCell(0);
                fill(cell, cells.get(0), TEXT_WIDTH, bold, ParagraphAlignment.LEFT);
                tcPr(cell).addNewGridSpan().setVal(BigInteger.valueOf(widths.length));
                continue;
            }
            for (int c = 0; c < widths.length; c++) {
                fill(row.getCell(c), cells.get(c), widths[c], bold,
                        c == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            }
        }
        return this;
    }

    /** "Chair of the association ________ / Name /", one line per signatory. */
    public Docx signature(String role, String name) {
        XWPFParagraph p = document.createParagraph();
        p.setSpacingBefore(360);
        run(p, role + "  _______________  / " + name + " /", false, TEXT_SIZE);
        return this;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Docx paragraph(String text, ParagraphAlignment alignment, boolean bold, int size, int before) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBefore(before);
        p.setSpacingAfter(0);
        run(p, text, bold, size);
        return this;
    }

    private static void fill(XWPFTableCell cell, String text, int width, boolean bold, ParagraphAlignment alignment) {
        cell.setWidth(String.valueOf(width));
        cell.setVerticalAlignment(XWPFVertAlign.TOP);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        run(p, text, bold, TABLE_SIZE);
    }

    /** Lines of a text become line breaks within one run, as Word does for Shift+Enter. */
    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
    }
}
